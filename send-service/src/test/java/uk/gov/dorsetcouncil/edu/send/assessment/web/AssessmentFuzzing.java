package uk.gov.dorsetcouncil.edu.send.assessment.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.BodyFuzzing;
import uk.gov.dorsetcouncil.edu.send.assessment.Assessment;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.HeldAssessments;
import uk.gov.dorsetcouncil.edu.send.assessment.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzz test of an assessment body checks: any bytes are read as the API reads
 * them (strict JSON) and applied to an assessment under way (assessed, health advice
 * asked), and the answer is an assessment whose steps are in order, or a refusal naming a
 * field; never another exception.
 */
final class AssessmentFuzzing {

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final String CHILD = Upn.withCheckLetter("838200125001").value();

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private AssessmentFuzzing() {
	}

	/** A recording with nothing held, every UPN known, today 7 December 2026. */
	static AssessmentRecording recording() {
		return new AssessmentRecording(new HeldAssessments(), upn -> true, LostRaceRetry.withoutPause(1),
				Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London")));
	}

	/**
	 * A recording holding one assessment received 1 June 2026, assessed, advice asked.
	 */
	static AssessmentRecording underWay() {
		AssessmentRecording recording = recording();
		String id = recording.record(CASEWORKER, new AssessmentRequest(CHILD, "PARENT", "2026-06-01", "991001", "ASD"))
			.id();
		recording.recordStep(CASEWORKER, id, "DECISION_TO_ASSESS", "2026-07-06", "ASSESS");
		recording.requestAdvice(CASEWORKER, id, "HEALTH", "2026-07-07");
		return recording;
	}

	static String id() {
		return CHILD + "-1";
	}

	/** Reads the body, applies it, and checks the answer ({@link BodyFuzzing}). */
	static <B> void check(byte[] body, Class<B> type, Function<B, Assessment> apply) {
		BodyFuzzing.check(body, type, apply, answered -> {
			assertThat(answered.receivedOn()).isBeforeOrEqualTo(TODAY);
			for (Step step : answered.steps()) {
				assertThat(step.dueDate()).isAfterOrEqualTo(step.statutoryDueDate());
				assertThat(step.statutoryDueDate()).isAfter(step.startsOn());
				if (step.done()) {
					assertThat(step.doneDate()).isBetween(step.startsOn(), TODAY);
				}
			}
			answered.exceptions().forEach(e -> assertThat(e.to()).isAfterOrEqualTo(e.from()));
		});
	}

}
