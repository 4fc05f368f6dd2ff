package uk.gov.dorsetcouncil.edu.gateway.agreement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.Release;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Whether a partner's request may be answered under the agreement it names: the agreement
 * exists, is active, in force today, names the caller's organisation as a party and the
 * request's purpose; then only the agreement's data items (narrowed by the caller's role)
 * are released. Every refusal says why, so that the partner can put it right and the
 * audit log can record it.
 */
public final class AgreementCheck {

	private AgreementCheck() {
	}

	/**
	 * Why the caller may not act under the agreement it names for the purpose it names,
	 * or empty when it may: the agreement exists, names the caller's organisation, is
	 * active, in force today and covers the purpose. What it then releases is
	 * {@link #check}'s question; a partner sending data in (an Operation Encompass
	 * notification) needs only this.
	 */
	public static Optional<String> standing(Caller caller, String purpose, String agreementId, Optional<Agreement> held,
			LocalDate today) {
		if (agreementId == null || agreementId.isBlank()) {
			return Optional.of("name the data-sharing agreement you act under (X-Dorset-Agreement header or "
					+ "agreement parameter)");
		}
		if (purpose == null || purpose.isBlank()) {
			return Optional.of("name the purpose of this request (X-Dorset-Purpose header or purpose parameter)");
		}
		if (held.isEmpty()) {
			return Optional.of("no data-sharing agreement " + agreementId + " is held");
		}
		Agreement agreement = held.get();
		if (!agreement.parties().contains(caller.organisation().asHeader())) {
			return Optional
				.of("agreement " + agreementId + " does not name " + caller.organisation().asHeader() + " as a party");
		}
		if (agreement.status() == AgreementStatus.REVOKED) {
			return Optional.of("agreement " + agreementId + " was revoked: " + agreement.statusReason());
		}
		if (agreement.status() == AgreementStatus.SUSPENDED) {
			return Optional.of("agreement " + agreementId + " is suspended: " + agreement.statusReason());
		}
		if (today.isBefore(agreement.start())) {
			return Optional.of("agreement " + agreementId + " is not in force until " + agreement.start());
		}
		if (today.isAfter(agreement.expiry())) {
			return Optional.of("agreement " + agreementId + " expired on " + agreement.expiry());
		}
		if (!agreement.purposes().contains(purpose)) {
			return Optional.of("agreement " + agreementId + " does not cover the purpose " + purpose + "; it covers "
					+ agreement.purposes().stream().sorted().toList());
		}
		return Optional.empty();
	}

	public static Verdict check(Caller caller, String purpose, String agreementId, Optional<Agreement> held,
			LocalDate today) {
		Optional<String> refusal = standing(caller, purpose, agreementId, held, today);
		if (refusal.isPresent()) {
			return new Verdict.Refused(refusal.get());
		}
		Agreement agreement = held.orElseThrow();
		Set<DataItem> items = Release.underAgreement(caller, agreement.dataItems());
		if (items.isEmpty()) {
			return new Verdict.Refused("agreement " + agreementId + " releases nothing your role may receive");
		}
		return new Verdict.Granted(agreement, purpose, items);
	}

	/** The outcome: granted with what may be released, or refused with why. */
	public sealed interface Verdict {

		record Granted(Agreement agreement, String purpose, Set<DataItem> items) implements Verdict {

			public Granted {
				items = Set.copyOf(items);
			}

		}

		record Refused(String reason) implements Verdict {

		}

	}

}
