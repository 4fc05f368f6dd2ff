package uk.gov.dorsetcouncil.edu.attendance.register.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.Outcome;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session register as a school's system puts it ({@code PUT
 * /api/v1/attendance/schools/{urn}/registers/{date}/{session}}): any path values and body
 * bytes, read by the platform's strict JSON rules and taken as the controller takes them
 * against a school with three pupils on roll, either store exactly the marks sent (read
 * back from the register) or are refused with a problem naming the fields at fault (a 404
 * for a school the platform does not hold); never another exception. Seeds in
 * {@code RegisterBodyFuzzTestInputs}; the input is the URN, date and session, a line
 * each, then the body; coverage-guided in the test command (ADR 0019).
 */
class RegisterBodyFuzzTest {

	static final String URN = "113001";

	/** One store for the whole run: each input's property is about its own register. */
	static final InMemoryStores STORES = school();

	static InMemoryStores school() {
		InMemoryStores stores = new InMemoryStores();
		stores.addSchool(URN, "Abbey First School");
		for (int pupil = 1; pupil <= 3; pupil++) {
			stores.addPupil(URN, TestUpns.upn(pupil), "2021-09-02", null);
		}
		return stores;
	}

	@FuzzTest
	@DictionaryEntries({ "marks", "upn", "code", "null", "113001", "2026-11-16", "2026-11-20", "AM", "PM", "/", "\\\\",
			"L", "N", "D", "X", "Y1", "W838200116001", "K838200116002", "\\ud800", "\\u0000" })
	void anyRegisterIsStoredAsSentOrAProblemNamingTheFields(byte[] input) {
		String[] parts = new String(input, StandardCharsets.UTF_8).split("\n", 4);
		String[] sent = Arrays.copyOf(parts, 4);
		String urn = sent[0];
		String date = sent[1];
		String session = sent[2];
		byte[] body = (sent[3] != null) ? sent[3].getBytes(StandardCharsets.UTF_8) : new byte[0];
		List<MarkLine> lines;
		Outcome outcome;
		try {
			RegisterController.RegisterBody read = StrictJson.read(body, RegisterController.RegisterBody.class);
			lines = (read.marks() == null) ? null
					: read.marks()
						.stream()
						.map((mark) -> (mark != null) ? new MarkLine(mark.upn(), mark.code()) : null)
						.toList();
			outcome = STORES.registers.take(InMemoryStores.LA, urn, date, session, lines);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.NOT_FOUND);
			if (refused.problem() != Problem.NOT_FOUND) {
				assertThat(refused.violations()).isNotEmpty()
					.allSatisfy((violation) -> assertThat(violation).satisfiesAnyOf(
							(named) -> assertThat(named.field())
								.matches("urn|date|session|marks|body|marks\\[\\d+\\](\\.(upn|code))?"),
							// an unknown field is refused naming itself
							(unknown) -> assertThat(unknown.detail()).startsWith("unknown field ")));
			}
			return;
		}
		assertThat(outcome.urn()).isEqualTo(URN);
		assertThat(outcome.marks()).isEqualTo(lines.size());
		Map<Upn, AttendanceCode> held = STORES.registers.read(InMemoryStores.LA, urn, date, session).marks();
		for (MarkLine line : lines) {
			assertThat(held.get(new Upn(line.upn())).symbol()).isEqualTo(line.code());
		}
	}

}
