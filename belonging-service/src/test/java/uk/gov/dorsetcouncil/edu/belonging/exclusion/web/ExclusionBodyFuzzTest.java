package uk.gov.dorsetcouncil.edu.belonging.exclusion.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRecording;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.HeldExclusions;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suspension or exclusion body: any bytes are read as the API reads them (strict JSON)
 * and recorded against Dorset's calendar, and the answer is an exclusion within its
 * bounds or a refusal that names a field; never another exception. Seeds in
 * {@code ExclusionBodyFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class ExclusionBodyFuzzTest {

	static final Caller HEAD = new Caller("head@990126", "mis-990126", Organisation.school(Exclusions.PLAIN),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	@FuzzTest
	@DictionaryFile(resourcePath = "/uk/gov/dorsetcouncil/edu/belonging/exclusion/web/exclusion-body.dict")
	void anyBodyIsRecordedOrAProblemNamingAField(byte[] body) {
		ExclusionController.ExclusionBody read;
		try {
			read = StrictJson.mapper().readValue(body, ExclusionController.ExclusionBody.class);
		}
		catch (JacksonException refused) {
			// The field as sent: a property named "" is named "" (a seed keeps that
			// case).
			Violation violation = StrictJson.violation(refused);
			assertThat(violation.field()).isNotNull();
			assertThat(violation.detail()).isNotBlank();
			return;
		}
		if (read == null) {
			return;
		}
		ExclusionRecording recording = new ExclusionRecording(new HeldExclusions(), Exclusions.CALENDAR,
				(urn, upn, date) -> true, locality -> Set.of(), LostRaceRetry.withoutPause(1),
				Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));
		Exclusion recorded;
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
		assertThat(recorded.schoolUrn()).isEqualTo(Exclusions.PLAIN);
		assertThat(recorded.reasons()).hasSizeBetween(1, 3);
		assertThat(recorded.halfDays()).isBetween(0, 90);
		assertThat(Exclusions.CALENDAR.notASchoolDay(recorded.schoolUrn(), recorded.startDate())).isEmpty();
		assertThat(recorded.steps()).isNotEmpty();
	}

}
