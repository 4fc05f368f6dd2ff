package uk.gov.dorsetcouncil.edu.attendance.roll.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.RollChange;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pupil as a school's system puts it on the roll ({@code PUT
 * /api/v1/attendance/schools/{urn}/pupils/{upn}}): any path values and body bytes, read
 * by the platform's strict JSON rules and changed as the controller changes them, either
 * keep a pupil who reads back from the store as answered, with names that are kept text
 * within their length and a date of birth within the platform's bounds, or are refused
 * with a problem naming the fields at fault (a 404 for a school the platform does not
 * hold); never another exception. The input is the URN and UPN, a line each, then the
 * body. Seeds in {@code RollBodyFuzzTestInputs}; coverage-guided in the test command (ADR
 * 0019).
 */
class RollBodyFuzzTest {

	static final String URN = "113001";

	/** One store for the whole run: each input's property is about its own pupil. */
	static final InMemoryStores STORES = school();

	static InMemoryStores school() {
		InMemoryStores stores = new InMemoryStores();
		stores.addSchool(URN, "Abbey First School");
		return stores;
	}

	@FuzzTest
	@DictionaryEntries({ "familyName", "givenName", "dateOfBirth", "yearGroup", "sex", "admissionDate", "leavingDate",
			"registration", "freeSchoolMeals", "senProvision", "lookedAfter", "ethnicity", "deletionGround",
			"destination", "postcode", "nhsNumber", "SINGLE", "DUAL_MAIN", "DUAL_SUBSIDIARY", "K", "E", "N", "WBRI",
			"DT1 1XJ", "9434765919", "113001", "W838200116001", "2016-05-04", "2021-09-02", "true", "null", "\\ud800",
			"\\u0000", "\\u202e" })
	void anyPupilIsKeptAsAnsweredOrAProblemNamingTheFields(byte[] input) {
		String[] parts = new String(input, StandardCharsets.UTF_8).split("\n", 3);
		String[] sent = Arrays.copyOf(parts, 3);
		String urn = sent[0];
		String upn = sent[1];
		byte[] body = (sent[2] != null) ? sent[2].getBytes(StandardCharsets.UTF_8) : new byte[0];
		RollChange change;
		try {
			RollController.PupilBody read = StrictJson.read(body, RollController.PupilBody.class);
			change = STORES.roll.change(InMemoryStores.LA, urn, upn,
					new RollKeeping.PupilDetails(read.familyName(), read.givenName(), read.dateOfBirth(),
							read.yearGroup(), read.sex(), read.admissionDate(), read.leavingDate(), read.registration(),
							read.freeSchoolMeals(), read.senProvision(), read.lookedAfter(), read.childInNeed(),
							read.childProtectionPlan(), read.everSocialWorker(), read.ethnicity(), read.youngCarer(),
							read.deletionGround(), read.destination(), read.postcode(), read.nhsNumber()));
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isIn(Problem.INVALID_INPUT, Problem.RULE_BROKEN, Problem.NOT_FOUND,
					Problem.CONFLICT);
			if (refused.problem() == Problem.INVALID_INPUT || refused.problem() == Problem.RULE_BROKEN) {
				assertThat(refused.violations()).isNotEmpty()
					.allSatisfy((violation) -> assertThat(violation).satisfiesAnyOf(
							(named) -> assertThat(named.field()).matches("[a-zA-Z]+"),
							// an unknown field is refused naming itself
							(unknown) -> assertThat(unknown.detail()).startsWith("unknown field ")));
			}
			return;
		}
		Pupil kept = change.pupil();
		assertThat(kept.upn().value()).isEqualTo(upn);
		assertThat(STORES.pupils.find(new Upn(upn))).contains(kept);
		for (String name : new String[] { kept.familyName(), kept.givenName() }) {
			assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(TextField.NAME.maxLength());
		}
		assertThat(kept.dateOfBirth()).isBetween(DateBounds.EARLIEST, DateBounds.LATEST);
		assertThat(kept.enrolments()).anySatisfy((enrolment) -> assertThat(enrolment.urn()).isEqualTo(URN));
	}

}
