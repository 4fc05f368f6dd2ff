package uk.gov.dorsetcouncil.edu.belonging.register.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.belonging.register.HeldRegisters;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetActivity;
import uk.gov.dorsetcouncil.edu.belonging.register.HeldNeet;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetTracking;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterEntry;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterStep;
import uk.gov.dorsetcouncil.edu.belonging.register.Registers;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body of the registers (ADR 0030): an entry opened, an enquiry logged, a
 * step done, a notice of intention served, an entry closed, a young person's month-end
 * activity (the month from the same bytes as a step's name). The first byte chooses the
 * body; any bytes are read by the platform's strict JSON rules and kept against a child
 * with an open EHE entry (consent needed) and an open Fair Access case. The answer is an
 * entry within its bounds, or a problem that names its fields; never another exception.
 * Seeds in {@code RegisterBodiesFuzzTestInputs}; coverage-guided in the test command (ADR
 * 0019).
 */
class RegisterBodiesFuzzTest {

	static final LocalDate TODAY = LocalDate.now(Registers.TODAY);

	@FuzzTest
	@DictionaryEntries({ "kind", "upn", "schoolLeftUrn", "openedOn", "noticeDate", "specialSchool", "ehcPlan", "reason",
			"date", "action", "outcome", "doneOn", "schoolUrn", "servedOn", "closedOn", "note",
			"ELECTIVE_HOME_EDUCATION", "CHILD_MISSING_EDUCATION", "NO_SCHOOL_PLACE", "FAIR_ACCESS", "LA_CONSENT",
			"FIRST_ENQUIRY", "PANEL_DECISION", "SCHOOL_NAMED", "CONSENTED", "ON_ROLL", "MOVED_AWAY", "OTHER", "EET",
			"NEET", "NOT_KNOWN", "CUSTODY", "dateOfBirth", "activity", "2026-11", "2009-10-01", "A838200127001",
			"991001", "2026-11-04", "2026-12-07", "2026-12-08", "null", "\\ud800", "\\u0000" })
	void anyBodyIsKeptOrAProblemNamingAField(FuzzedDataProvider data) {
		int body = data.consumeInt(0, 5);
		String step = data.consumeString(20);
		byte[] bytes = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
		HeldRegisters store = new HeldRegisters();
		RegisterKeeping registers = Registers.keeping(store);
		String ehe = registers.open(Registers.OFFICER, Registers.ehe("2026-11-02", "2026-11-04", true, true)).id();
		String fairAccess = registers.open(Registers.OFFICER, Registers.of("FAIR_ACCESS", "2026-11-05", null)).id();
		try {
			if (body == 5) {
				NeetController.NeetBody neet = StrictJson.read(bytes, NeetController.NeetBody.class);
				NeetActivity recorded = new NeetTracking(new HeldNeet(), SmallNumberSuppression.off(), Registers.TODAY)
					.record(Registers.OFFICER, Registers.PUPIL.value(), step, neet.dateOfBirth(), neet.activity());
				assertThat(recorded.academicAge()).isBetween(16, 17);
				assertThat(recorded.month().isAfter(java.time.YearMonth.from(TODAY))).isFalse();
				return;
			}
			RegisterEntry kept = switch (body) {
				case 0 -> registers.open(Registers.OFFICER,
						StrictJson.read(bytes, RegisterController.RegisterEntryBody.class).request());
				case 1 -> {
					RegisterController.EnquiryBody enquiry = StrictJson.read(bytes,
							RegisterController.EnquiryBody.class);
					yield registers.logEnquiry(Registers.OFFICER, ehe, enquiry.date(), enquiry.action(),
							enquiry.outcome());
				}
				case 2 -> {
					RegisterController.RegisterStepBody done = StrictJson.read(bytes,
							RegisterController.RegisterStepBody.class);
					yield registers.recordStep(Registers.OFFICER, step.startsWith("P") ? fairAccess : ehe, step,
							done.doneOn(), done.outcome(), done.schoolUrn());
				}
				case 3 -> registers.serveNoticeOfIntention(Registers.OFFICER, ehe,
						StrictJson.read(bytes, RegisterController.NoticeBody.class).servedOn());
				default -> {
					RegisterController.ClosureBody closure = StrictJson.read(bytes,
							RegisterController.ClosureBody.class);
					yield registers.close(Registers.OFFICER, fairAccess, closure.closedOn(), closure.reason(),
							closure.note());
				}
			};
			assertWithinBounds(kept);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.CONFLICT);
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> {
				assertThat(v.field()).isNotNull();
				assertThat(v.detail()).isNotBlank();
			});
		}
	}

	private static void assertWithinBounds(RegisterEntry entry) {
		assertThat(entry.openedOn()).isBeforeOrEqualTo(TODAY);
		if (entry.noticeDate() != null) {
			assertThat(entry.noticeDate()).isBeforeOrEqualTo(entry.openedOn());
		}
		if (entry.closedOn() != null) {
			assertThat(entry.closedOn()).isBetween(entry.openedOn(), TODAY);
			assertThat(entry.closureReason()).isNotNull();
		}
		for (RegisterStep step : entry.steps()) {
			assertThat(step.dueDate()).isAfterOrEqualTo(entry.openedOn());
			if (step.done()) {
				assertThat(step.doneDate()).isBetween(entry.openedOn(), TODAY);
				assertThat(step.outcome() == null || step.kind().outcomes().contains(step.outcome())).isTrue();
			}
		}
		entry.enquiries().forEach(enquiry -> {
			assertThat(enquiry.date()).isBetween(entry.openedOn(), TODAY);
			assertThat(KeptText.problemWith(enquiry.action(), KeptText.Form.LINE)).isEmpty();
		});
		for (String text : new String[] { entry.note(), entry.closureNote() }) {
			if (text != null) {
				assertThat(KeptText.problemWith(text, KeptText.Form.LINE)).isEmpty();
			}
		}
	}

}
