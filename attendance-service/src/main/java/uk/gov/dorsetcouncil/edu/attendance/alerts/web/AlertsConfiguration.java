package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.alerts.AlertSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.SocialCarePlans;
import uk.gov.dorsetcouncil.edu.attendance.alerts.store.MongoAttendancePlans;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;

/**
 * Wires the alert rules and attendance plans. Settings: {@code dorset.alerts.*} (ADR
 * 0009).
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
	AttendancePlanning attendancePlanning(MongoAttendancePlans plans, PupilRecords pupils, SchoolDirectory schools,
			Clock clock) {
		return new AttendancePlanning(plans, pupils, schools, clock);
	}

	@Bean
	NeedsHelpNow needsHelpNow(SchoolDirectory schools, PupilRecords pupils, MarkStore marks, TermDates termDates,
			MongoAttendancePlans plans, AlertSettings settings, Clock clock) {
		return new NeedsHelpNow(schools, pupils, marks, termDates, plans, SocialCarePlans.fromRoll(pupils), settings,
				clock);
	}

}
