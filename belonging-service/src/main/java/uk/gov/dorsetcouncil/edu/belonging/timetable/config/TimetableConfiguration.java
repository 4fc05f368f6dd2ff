package uk.gov.dorsetcouncil.edu.belonging.timetable.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.grpc.ManagedChannel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.AttendanceCalendar;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.belonging.timetable.client.AttendanceRegister;
import uk.gov.dorsetcouncil.edu.belonging.timetable.store.MongoTimetableStore;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Part-time timetables: the store, attendance's roll (shared with exclusions) and
 * registers over the one attendance channel, the rules.
 */
@Configuration(proxyBeanMethods = false)
class TimetableConfiguration {

	@Bean
	MongoTimetableStore timetableStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoTimetableStore(database, relay);
	}

	@Bean
	AttendanceRegister attendanceRegister(@Qualifier(AttendanceCalendar.TARGET) ManagedChannel attendance,
			DownstreamCalls downstreamCalls) {
		return new AttendanceRegister(attendance, downstreamCalls.to(AttendanceCalendar.TARGET));
	}

	@Bean
	TimetableRecording timetableRecording(MongoTimetableStore store, AttendanceCalendar attendance,
			AttendanceRegister registers, LostRaceRetry retry, Clock clock) {
		return new TimetableRecording(store, attendance, attendance, registers, retry, clock);
	}

}
