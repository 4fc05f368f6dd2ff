package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.BodyFuzzing;
import uk.gov.dorsetcouncil.edu.send.plan.Amendment;
import uk.gov.dorsetcouncil.edu.send.plan.HeldPlans;
import uk.gov.dorsetcouncil.edu.send.plan.PlanContent;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzz test of a plan body checks: any bytes are read as the API reads them
 * (strict JSON) and applied to a final plan made 10 January 2025 (with amendment 1
 * proposed on 2 November 2026, for the progress body), and the answer is a record whose
 * history names each field it changed and whose dates are in order, or a refusal naming a
 * field; never another exception.
 */
final class PlanFuzzing {

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Upn CHILD = Upn.withCheckLetter("838200125001");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private PlanFuzzing() {
	}

	/** Keeping holding the child's final plan, today 7 December 2026. */
	static PlanKeeping keeping() {
		PlanKeeping keeping = new PlanKeeping(new HeldPlans(), LostRaceRetry.withoutPause(1),
				Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London")));
		keeping.put(CASEWORKER, CHILD.value(), "FINAL", "2025-01-10", "991001", null);
		return keeping;
	}

	/** As {@link #keeping()}, with amendment 1 proposed on 2 November 2026. */
	static PlanKeeping proposed() {
		PlanKeeping keeping = keeping();
		keeping.proposeAmendment(CASEWORKER, CHILD.value(),
				new PlanKeeping.AmendmentRequest("2026-11-02", null, "Move to the hub",
						new PlanContent.Request("ASD", null, "INCLUSION_HUB_OR_RESOURCED_PROVISION", null, null,
								List.of(), List.of(new PlanContent.ProvisionRequest("F", "Small-group teaching", 10.0)),
								Map.of())));
		return keeping;
	}

	/** Reads the body, applies it, and checks the answer ({@link BodyFuzzing}). */
	static <B> void check(byte[] body, Class<B> type, Function<B, PlanRecord> apply) {
		BodyFuzzing.check(body, type, apply, answered -> {
			assertThat(answered.history()).isNotEmpty()
				.allSatisfy(change -> assertThat(change.from()).isNotEqualTo(change.to()));
			if (answered.ceased() != null) {
				assertThat(answered.ceased().on()).isBetween(answered.plan().issuedDate(), TODAY);
			}
			for (Amendment amendment : answered.amendments()) {
				assertThat(amendment.issueDue()).isAfter(amendment.commentsDue());
				if (amendment.issuedOn() != null) {
					assertThat(amendment.issuedOn()).isBetween(amendment.proposedOn(), TODAY);
				}
			}
			if (answered.content() != null) {
				assertThat(answered.content().provision()).isNotEmpty();
			}
		});
	}

}
