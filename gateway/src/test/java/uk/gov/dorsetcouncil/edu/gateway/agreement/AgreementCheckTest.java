package uk.gov.dorsetcouncil.edu.gateway.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AgreementCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final Agreement ENCOMPASS = Agreement.fromSubmission("DSA-ENCOMPASS", "Operation Encompass",
			List.of("POLICE:DORSET"), List.of("OPERATION_ENCOMPASS"),
			"UK GDPR Art 6(1)(e); DPA 2018 Sch 1 para 18 (safeguarding of children)", List.of("ATTENDANCE", "EHC_PLAN"),
			"2026-01-01", "2026-12-31", TODAY);

	static final Caller OFFICER = new Caller("pc-101", "encompass-app",
			new Organisation(Organisation.Type.POLICE, "DORSET"), Set.of("POLICE_ENCOMPASS_OFFICER"),
			Set.of("profile:read"));

	@Test
	void grantsOnlyTheAgreementsItemsThatTheRoleMayReceive() {
		AgreementCheck.Verdict verdict = AgreementCheck.check(OFFICER, "OPERATION_ENCOMPASS", "DSA-ENCOMPASS",
				Optional.of(ENCOMPASS), TODAY);
		assertThat(verdict).isInstanceOfSatisfying(AgreementCheck.Verdict.Granted.class,
				granted -> assertThat(granted.items()).containsExactly(DataItem.ATTENDANCE));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none", value = {
			"no agreement named | OPERATION_ENCOMPASS | none | ACTIVE | 2026-11-23 | name the data-sharing agreement",
			"no purpose named | none | DSA-ENCOMPASS | ACTIVE | 2026-11-23 | name the purpose of this request",
			"an agreement nobody holds | OPERATION_ENCOMPASS | DSA-OTHER | ACTIVE | 2026-11-23 | no data-sharing agreement DSA-OTHER is held",
			"another purpose | CRIMINAL_INVESTIGATION | DSA-ENCOMPASS | ACTIVE | 2026-11-23 | agreement DSA-ENCOMPASS does not cover the purpose CRIMINAL_INVESTIGATION",
			"revoked | OPERATION_ENCOMPASS | DSA-ENCOMPASS | REVOKED | 2026-11-23 | agreement DSA-ENCOMPASS was revoked: breach",
			"suspended | OPERATION_ENCOMPASS | DSA-ENCOMPASS | SUSPENDED | 2026-11-23 | agreement DSA-ENCOMPASS is suspended: breach",
			"expired | OPERATION_ENCOMPASS | DSA-ENCOMPASS | ACTIVE | 2027-01-01 | agreement DSA-ENCOMPASS expired on 2026-12-31",
			"not yet in force | OPERATION_ENCOMPASS | DSA-ENCOMPASS | ACTIVE | 2025-12-31 | agreement DSA-ENCOMPASS is not in force until 2026-01-01" })
	void refusesWithTheReason(String why, String purpose, String agreementId, AgreementStatus status, LocalDate today,
			String reason) {
		Optional<Agreement> held = "DSA-ENCOMPASS".equals(agreementId)
				? Optional.of(ENCOMPASS.withStatus(status, status == AgreementStatus.ACTIVE ? "" : "breach"))
				: Optional.empty();
		assertThat(AgreementCheck.check(OFFICER, purpose, agreementId, held, today)).isInstanceOfSatisfying(
				AgreementCheck.Verdict.Refused.class, refused -> assertThat(refused.reason()).startsWith(reason));
	}

	@Test
	void refusesAnOrganisationTheAgreementDoesNotName() {
		Caller otherForce = new Caller("pc-9", "app", new Organisation(Organisation.Type.POLICE, "HAMPSHIRE"),
				Set.of("POLICE_ENCOMPASS_OFFICER"), Set.of("profile:read"));
		assertThat(
				AgreementCheck.check(otherForce, "OPERATION_ENCOMPASS", "DSA-ENCOMPASS", Optional.of(ENCOMPASS), TODAY))
			.isEqualTo(new AgreementCheck.Verdict.Refused(
					"agreement DSA-ENCOMPASS does not name POLICE:HAMPSHIRE as a party"));
	}

	@Test
	void refusesWhenNothingInTheAgreementMayGoToTheRole() {
		Caller analyst = new Caller("a", "app", new Organisation(Organisation.Type.POLICE, "DORSET"),
				Set.of("EDUCATION_BOARD_ANALYST"), Set.of("profile:read"));
		assertThat(AgreementCheck.check(analyst, "OPERATION_ENCOMPASS", "DSA-ENCOMPASS", Optional.of(ENCOMPASS), TODAY))
			.isInstanceOf(AgreementCheck.Verdict.Refused.class);
	}

	@Test
	void anAgreementIsCheckedWholeWhenSubmitted() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> Agreement.fromSubmission("x", "", List.of("SCHOOL:991001"), List.of(), " ",
					List.of("EVERYTHING"), "2026-02-01", "2026-01-01", TODAY))
			.satisfies(ex -> assertThat(ex.violations()).extracting(v -> v.field())
				.containsExactly("id", "title", "parties[0]", "purposes", "lawfulBasis", "dataItems[0]", "expiry"));
	}

}
