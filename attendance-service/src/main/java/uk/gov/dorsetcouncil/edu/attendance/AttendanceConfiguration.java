package uk.gov.dorsetcouncil.edu.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilClassification;
import uk.gov.dorsetcouncil.edu.attendance.register.DataArrivals;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.fold.BackgroundFold;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolRegistration;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Wires the plain-Java domain to its stores. "Today" comes from the {@link Clock}, in
 * England's time zone, so that tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
public class AttendanceConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/London"));
	}

	@Bean
	TermDates termDates() {
		return TermDates.dorset();
	}

	@Bean
	MongoSchoolDirectory schoolDirectory(MongoDatabase database, ChangeRelay changeRelay, Clock clock) {
		return new MongoSchoolDirectory(database, changeRelay, clock);
	}

	/**
	 * The stores record roll, register and calendar changes for the change feed
	 * ({@code dorset.changes.*} in application.yml, ADR 0023).
	 */
	@Bean
	MongoPupilRecords pupilRecords(MongoDatabase database, ChangeRelay changeRelay) {
		return new MongoPupilRecords(database, changeRelay);
	}

	@Bean
	MongoMarkStore markStore(MongoDatabase database, ChangeRelay changeRelay) {
		return new MongoMarkStore(database, changeRelay);
	}

	/**
	 * Folds schools' register inboxes into their pupils' years in the background (ADR
	 * 0017): {@code dorset.attendance.fold.quiet-period} without a register for the
	 * school (default 2 s), at the latest {@code max-delay} after the first waiting (30
	 * s), and every inbox with registers waiting every {@code sweep} (5 min) and at
	 * start.
	 */
	@Bean(destroyMethod = "close")
	BackgroundFold backgroundFold(MongoMarkStore marks, LostRaceRetry retry,
			@Value("${dorset.attendance.fold.quiet-period:PT2S}") Duration quietPeriod,
			@Value("${dorset.attendance.fold.max-delay:PT30S}") Duration maxDelay,
			@Value("${dorset.attendance.fold.sweep:PT5M}") Duration sweep) {
		BackgroundFold fold = new BackgroundFold(marks, retry, quietPeriod, maxDelay, sweep);
		marks.listen(fold);
		fold.start();
		return fold;
	}

	@Bean
	SchoolRegistration schoolRegistration(MongoSchoolDirectory schools, TermDates termDates, MongoMarkStore marks) {
		return new SchoolRegistration(schools, termDates, marks);
	}

	@Bean
	RollKeeping rollKeeping(MongoPupilRecords pupils, MongoSchoolDirectory schools, Clock clock, LostRaceRetry retry) {
		return new RollKeeping(pupils, schools, clock, retry);
	}

	@Bean
	RegisterTaking registerTaking(MongoSchoolDirectory schools, MongoPupilRecords pupils, MongoMarkStore marks,
			TermDates termDates, Clock clock, LostRaceRetry retry) {
		return new RegisterTaking(schools, pupils, marks, termDates, clock, retry);
	}

	@Bean
	DataArrivals dataArrivals(MongoSchoolDirectory schools, MongoMarkStore marks, TermDates termDates, Clock clock) {
		return new DataArrivals(schools, marks, termDates, clock);
	}

	@Bean
	PupilAttendanceQuery pupilAttendanceQuery(MongoPupilRecords pupils, MongoSchoolDirectory schools,
			MongoMarkStore marks, Clock clock) {
		return new PupilAttendanceQuery(pupils, schools, marks, clock);
	}

	@Bean
	PupilClassification pupilClassification(MongoPupilRecords pupils, MongoSchoolDirectory schools) {
		return new PupilClassification(pupils, schools);
	}

}
