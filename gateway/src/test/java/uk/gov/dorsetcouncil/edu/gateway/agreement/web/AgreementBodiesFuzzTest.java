package uk.gov.dorsetcouncil.edu.gateway.agreement.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.gateway.agreement.web.AgreementController.AgreementSubmission;
import uk.gov.dorsetcouncil.edu.gateway.agreement.web.AgreementController.StatusChange;
import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.gateway.agreement.Agreement;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementStatus;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bodies of a data-sharing agreement's writes, as the local authority's officers (or
 * anyone holding their token) send them: {@code PUT /api/v1/agreements/{id}} and
 * {@code PUT /api/v1/agreements/{id}/status}. Any id and body bytes, read by the
 * platform's strict JSON rules and checked as the controller does, become an active
 * agreement whose every text is kept text and whose dates are within their bounds, or a
 * status with a kept reason (required unless ACTIVE), or one 400 problem naming the
 * fields at fault; never another exception. The first byte chooses the body. Seeds in
 * {@code AgreementBodiesFuzzTestInputs}; coverage-guided in the test command (ADR 0019).
 */
class AgreementBodiesFuzzTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@FuzzTest
	@DictionaryEntries({ "title", "parties", "purposes", "lawfulBasis", "dataItems", "start", "expiry", "status",
			"reason", "POLICE:DORSET", "HEALTH:", "PARTNER:", "OPERATION_ENCOMPASS", "ATTENDANCE", "ACTIVE",
			"SUSPENDED", "REVOKED", "2018-05-25", "2027-12-07", "null", "\\ud800", "\\u0000", "\\u202e" })
	void anyBodyIsACheckedAgreementOrStatusOrAProblemNamingTheFields(FuzzedDataProvider data) {
		boolean status = data.consumeBoolean();
		String id = data.consumeString(70);
		byte[] body = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
		try {
			if (status) {
				StatusChange change = StrictJson.read(body, StatusChange.class);
				assertStatusWithinBounds(change.checked(), change.reason());
			}
			else {
				assertAgreementWithinBounds(StrictJson.read(body, AgreementSubmission.class).agreement(id, TODAY), id);
			}
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy((violation) -> assertThat(violation)
					.satisfiesAnyOf((named) -> assertThat(named.field()).matches(
							"id|title|lawfulBasis|start|expiry|status|reason|body|(parties|purposes|dataItems)(\\[\\d+\\])?"),
							// an unknown field is refused naming itself (found: "reaosn")
							(unknown) -> assertThat(unknown.detail()).startsWith("unknown field ")));
		}
	}

	private static void assertAgreementWithinBounds(Agreement agreement, String id) {
		assertThat(agreement.id()).isEqualTo(id).matches("[A-Z0-9][A-Z0-9_\\-]{1,63}");
		assertThat(agreement.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
		assertThat(KeptText.problemWith(agreement.title(), KeptText.Form.LINE)).isEmpty();
		assertThat(agreement.lawfulBasis()).isNotBlank().hasSizeLessThanOrEqualTo(500);
		assertThat(KeptText.problemWith(agreement.lawfulBasis(), KeptText.Form.PARAGRAPHS)).isEmpty();
		assertThat(agreement.parties()).isNotEmpty()
			.allSatisfy((party) -> assertThat(party).matches("(POLICE|HEALTH|PARTNER):[A-Za-z0-9_\\-]{1,64}"));
		assertThat(agreement.purposes()).isNotEmpty()
			.allSatisfy((purpose) -> assertThat(Access.isCode(purpose)).isTrue());
		assertThat(agreement.dataItems()).isNotEmpty();
		assertThat(agreement.start()).isBetween(DateBounds.DATA_PROTECTION_ACT_2018, TODAY.plusYears(1));
		assertThat(agreement.expiry()).isAfterOrEqualTo(agreement.start()).isBeforeOrEqualTo(DateBounds.LATEST);
		assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.statusReason()).isEmpty();
	}

	private static void assertStatusWithinBounds(AgreementStatus status, String reason) {
		if (status != AgreementStatus.ACTIVE) {
			assertThat(reason).isNotBlank();
		}
		if (reason != null) {
			assertThat(reason).hasSizeLessThanOrEqualTo(500);
			assertThat(KeptText.problemWith(reason, KeptText.Form.PARAGRAPHS)).isEmpty();
		}
	}

}
