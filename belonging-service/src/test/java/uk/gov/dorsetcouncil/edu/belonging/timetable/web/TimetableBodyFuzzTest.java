package uk.gov.dorsetcouncil.edu.belonging.timetable.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.belonging.timetable.HeldTimetables;
import uk.gov.dorsetcouncil.edu.belonging.timetable.PartTimeTimetable;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A part-time timetable body: any bytes are read as the API reads them (strict JSON) and
 * recorded, and the answer is a timetable within its bounds or a refusal that names a
 * field; never another exception. Seeds in {@code TimetableBodyFuzzTestInputs};
 * coverage-guided in the test command (ADR 0019).
 */
class TimetableBodyFuzzTest {

	static final String SCHOOL = "990126";

	static final Caller HEAD = new Caller("head@" + SCHOOL, "mis-" + SCHOOL, Organisation.school(SCHOOL),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/belonging/timetable/web/timetable-body.dict")
	void anyBodyIsRecordedOrAProblemNamingAField(byte[] body) {
		TimetableController.TimetableBody read;
		try {
			read = StrictJson.mapper().readValue(body, TimetableController.TimetableBody.class);
		}
		catch (JacksonException refused) {
			Violation violation = StrictJson.violation(refused);
			assertThat(violation.field()).isNotNull();
			assertThat(violation.detail()).isNotBlank();
			return;
		}
		if (read == null) {
			return;
		}
		TimetableRecording recording = new TimetableRecording(new HeldTimetables(), (urn, upn, date) -> true,
				locality -> Set.of(), (upn, code, from, to) -> Map.of(), LostRaceRetry.withoutPause(1),
				Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));
		PartTimeTimetable recorded;
		try {
			recorded = recording.record(HEAD, read.request());
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.FORBIDDEN);
			if (refused.problem() != Problem.FORBIDDEN) {
				assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.field()).isNotBlank());
			}
			return;
		}
		assertThat(recorded.schoolUrn()).isEqualTo(SCHOOL);
		assertThat(recorded.hoursPerWeek()).isBetween(TimetableRecording.LEAST_HOURS, 32.25);
		assertThat(recorded.parentAgreedOn()).isBeforeOrEqualTo(recorded.startDate());
		assertThat(recorded.reviewDates()).isNotEmpty().allSatisfy(d -> assertThat(d).isAfter(recorded.startDate()));
		if (recorded.endDate() != null) {
			assertThat(recorded.endDate()).isAfterOrEqualTo(recorded.startDate());
		}
	}

}
