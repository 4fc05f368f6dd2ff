package uk.gov.dorsetcouncil.edu.attendance.search.grpc;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.search.ChildSearch;

/** Finding a child, over the pupils' store. */
@Configuration(proxyBeanMethods = false)
public class ChildSearchConfiguration {

	@Bean
	ChildSearch childSearch(MongoPupilRecords pupils, Clock clock) {
		return new ChildSearch(pupils, clock);
	}

}
