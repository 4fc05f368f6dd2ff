package uk.gov.dorsetcouncil.edu.attendance.measures.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceData;
import uk.gov.dorsetcouncil.edu.attendance.measures.ReferenceFigure;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReferenceFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReplicaWrites;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;

/**
 * The in-memory read model (ADR 0008, ADR 0018): it listens to the stores before it reads
 * them, so no save made during the rebuild is missed, then reads every pupil and year of
 * marks; it follows the writes of every replica on the same store (ADR 0025).
 */
@Configuration(proxyBeanMethods = false)
public class MeasuresConfiguration {

	/** The name under which writes to the rolls and marks are counted. */
	static final String HELD_ATTENDANCE = "held-attendance";

	@Bean
	HeldAttendance heldAttendance(MongoMarkStore marks, MongoPupilRecords pupils, MongoDatabase database) {
		HeldAttendance held = new HeldAttendance();
		pupils.listen(held);
		marks.listen(held);
		held.follow(new MongoReplicaWrites(database, HELD_ATTENDANCE), pupils, marks);
		return held;
	}

	@Bean
	ReferenceData referenceData(MongoDatabase database) {
		return new ReferenceData(ReferenceFigure.held(), new MongoReferenceFigures(database));
	}

	@Bean
	AreaMeasures areaMeasures(HeldAttendance held, MongoSchoolDirectory schools, ReferenceData referenceData,
			TermDates termDates, Clock clock, @Value("${dorset.attendance.suppression-threshold:"
					+ SmallNumberSuppression.DFE_THRESHOLD + "}") int threshold) {
		return new AreaMeasures(held, schools, referenceData, new SmallNumberSuppression(threshold), termDates, clock);
	}

}
