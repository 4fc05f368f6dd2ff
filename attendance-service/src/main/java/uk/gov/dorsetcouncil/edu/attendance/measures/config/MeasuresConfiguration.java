package uk.gov.dorsetcouncil.edu.attendance.measures.config;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.EnrolmentTallies;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.attendance.measures.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;

/**
 * The in-memory read model (ADR 0008): it listens to the stores before it reads them, so
 * no save made during the rebuild is missed, then reads every pupil and year of marks.
 */
@Configuration(proxyBeanMethods = false)
public class MeasuresConfiguration {

	@Bean
	EnrolmentTallies enrolmentTallies(MongoMarkStore marks, MongoPupilRecords pupils) {
		EnrolmentTallies tallies = new EnrolmentTallies();
		pupils.listen(tallies);
		marks.listen(tallies);
		tallies.rebuild(pupils, marks);
		return tallies;
	}

	@Bean
	AreaMeasures areaMeasures(EnrolmentTallies tallies, MongoSchoolDirectory schools, Clock clock,
			@Value("${dorset.attendance.suppression-threshold:" + SmallNumberSuppression.DFE_THRESHOLD
					+ "}") int threshold) {
		return new AreaMeasures(tallies, schools, ReferenceFigure.held(), new SmallNumberSuppression(threshold), clock);
	}

}
