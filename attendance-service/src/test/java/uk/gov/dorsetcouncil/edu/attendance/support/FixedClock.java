package uk.gov.dorsetcouncil.edu.attendance.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** "Today" for service tests: Monday 23 November 2026, mid-afternoon in England. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	@Bean
	@Primary
	Clock todayIsMonday23November2026() {
		ZoneId england = ZoneId.of("Europe/London");
		return Clock.fixed(InMemoryStores.TODAY.atTime(15, 0).atZone(england).toInstant(), england);
	}

}
