package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.Release;
import uk.gov.dorsetcouncil.edu.gateway.agreement.Agreement;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementCheck;
import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Decides, before any service is asked, what a request for a child's data may receive: in
 * its own right (roles and scopes) or, for an outside partner, under the data-sharing
 * agreement it names for the purpose it names. A refusal is recorded in the audit log and
 * answered 403 with the reason.
 */
public class AccessDecisions {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final AgreementStore agreements;

	private final Auditor auditor;

	private final Clock clock;

	public AccessDecisions(AgreementStore agreements, Auditor auditor, Clock clock) {
		this.agreements = agreements;
		this.auditor = auditor;
		this.clock = clock;
	}

	/**
	 * @param purpose the purpose named, a code (e.g. {@code OPERATION_ENCOMPASS}), or
	 * null
	 * @param agreementId the agreement named, a code, or null
	 * @param children the UPNs the request concerns, for the audit record of a refusal
	 * @throws ProblemException (invalid input) when a purpose or agreement is named that
	 * is not a code: it is refused before it reaches a store or an audit record
	 */
	public Mono<Access> decide(Caller caller, String purpose, String agreementId, String action,
			java.util.List<String> children) {
		requireCode("purpose", purpose);
		requireCode("agreement", agreementId);
		return Mono.fromCallable(() -> {
			if (Release.needsAgreement(caller)) {
				AgreementCheck.Verdict verdict = AgreementCheck.check(caller, blankToNull(purpose),
						blankToNull(agreementId), (agreementId == null || agreementId.isBlank())
								? java.util.Optional.empty() : this.agreements.find(agreementId),
						LocalDate.now(this.clock.withZone(ENGLAND)));
				return switch (verdict) {
					case AgreementCheck.Verdict.Granted granted ->
						Decision.granted(Access.underAgreement(caller, granted.items(), purpose, agreementId));
					case AgreementCheck.Verdict.Refused refused -> Decision.refused(refused.reason());
				};
			}
			Set<DataItem> items = Release.inOwnRight(caller);
			if (items.isEmpty()) {
				return Decision.refused("your role and scopes release no part of a child's record");
			}
			return Decision.granted(Access.inOwnRight(caller, items, blankToNull(purpose)));
		})
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(decision -> (decision.granted() != null) ? Mono.just(decision.granted())
					: this.auditor.refused(caller, action, children, purpose, agreementId, decision.refusal())
						.then(Mono.error(ProblemException.forbidden(decision.refusal()))));
	}

	private static void requireCode(String field, String value) {
		if (value != null && !value.isBlank() && !Access.isCode(value)) {
			String header = field.equals("purpose") ? "X-Dorset-Purpose" : "X-Dorset-Agreement";
			throw ProblemException.invalid(field, "a " + field + " is named by its code, 2-64 capital letters, digits, "
					+ "'-' or '_' (the " + header + " header or the " + field + " parameter)");
		}
	}

	/** Access granted, or the reason it is refused. */
	private record Decision(Access granted, String refusal) {

		static Decision granted(Access access) {
			return new Decision(access, null);
		}

		static Decision refused(String reason) {
			return new Decision(null, reason);
		}

	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
