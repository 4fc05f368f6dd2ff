package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.disruption.TravelDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AlertSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning;
import uk.gov.dorsetcouncil.edu.attendance.alerts.HeldAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.RollsAndMarks;
import uk.gov.dorsetcouncil.edu.attendance.alerts.store.MongoAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.measures.store.MongoReplicaWrites;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Wires the alert rules and attendance plans. The rules read rolls, marks and plans from
 * the in-memory read model (ADR 0018). Settings: {@code dorset.alerts.*} (ADR 0009).
 */
@Configuration(proxyBeanMethods = false)
public class AlertsConfiguration {

	@Bean
	AlertSettings alertSettings(@Value("${dorset.alerts.unresolved-n-school-days:5}") int unresolvedNSchoolDays,
			@Value("${dorset.alerts.minimum-possible-sessions:10}") int minimumPossibleSessions) {
		return new AlertSettings(unresolvedNSchoolDays, minimumPossibleSessions);
	}

	@Bean
	MongoAttendancePlans attendancePlans(MongoDatabase database) {
		return new MongoAttendancePlans(database);
	}

	@Bean
	HeldAttendancePlans heldAttendancePlans(MongoAttendancePlans store, MongoDatabase database) {
		return new HeldAttendancePlans(store, new MongoReplicaWrites(database, "attendance-plans"));
	}

	@Bean
	AttendancePlanning attendancePlanning(HeldAttendancePlans plans, PupilRecords pupils, SchoolDirectory schools,
			Clock clock, LostRaceRetry retry) {
		return new AttendancePlanning(plans, pupils, schools, clock, retry);
	}

	@Bean
	NeedsHelpNow needsHelpNow(SchoolDirectory schools, HeldAttendance held, PupilRecords pupils, TermDates termDates,
			HeldAttendancePlans plans, AlertSettings settings, TravelDisruptions disruptions, Clock clock) {
		return new NeedsHelpNow(schools, RollsAndMarks.held(held), pupils, termDates, plans, settings, disruptions,
				clock);
	}

}
