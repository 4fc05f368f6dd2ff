package uk.gov.dorsetcouncil.edu.send.assessment.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.assessment.client.AttendanceRolls;
import uk.gov.dorsetcouncil.edu.send.assessment.store.MongoAssessmentStore;
import uk.gov.dorsetcouncil.edu.send.attendance.client.AttendanceClient;

/** EHC needs assessments: the store, the roll check through attendance, the rules. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

	@Bean
	MongoAssessmentStore assessmentStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoAssessmentStore(database, relay);
	}

	@Bean
	AssessmentRecording assessmentRecording(MongoAssessmentStore store, AttendanceClient attendance,
			LostRaceRetry retry, Clock clock) {
		return new AssessmentRecording(store, new AttendanceRolls(attendance), retry, clock);
	}

}
