package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.audit.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Records releases in the audit log before they are answered: if the record cannot be
 * written, nothing is released (503), because a release nobody can account for must not
 * happen.
 */
public class Auditor {

	private final AuditLog log;

	private final Clock clock;

	public Auditor(AuditLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/** Records a release (or partial release) and then answers {@code answer}. */
	public <T> Mono<T> recordThen(Caller caller, String action, List<String> children, List<String> schools,
			List<String> fields, String purpose, String agreement, Outcome outcome, String reason, T answer) {
		return record(() -> entry(caller, action, children, schools, fields, purpose, agreement, outcome, reason))
			.thenReturn(answer);
	}

	/** Records a refusal; the answer completes once it is recorded. */
	public Mono<Void> refused(Caller caller, String action, List<String> children, String purpose, String agreement,
			String reason) {
		return record(() -> entry(caller, action, children, List.of(), List.of(), purpose, agreement, Outcome.REFUSED,
				reason))
			.then();
	}

	private Mono<?> record(java.util.function.Supplier<AuditEntry> entry) {
		// The entry is made on subscription, so text that cannot be kept
		// (ProblemException,
		// 400 naming the field) fails the answer rather than the caller's thread.
		return Mono.defer(() -> this.log.append(entry.get()))
			.onErrorMap(failure -> !(failure instanceof ProblemException), failure -> new ProblemException(
					Problem.UNAVAILABLE,
					"the release could not be recorded in the audit log, so nothing is released; try again later"));
	}

	private AuditEntry entry(Caller caller, String action, List<String> children, List<String> schools,
			List<String> fields, String purpose, String agreement, Outcome outcome, String reason) {
		return new AuditEntry(this.clock.instant(), caller.subject(), caller.clientId(),
				caller.organisation().asHeader(), caller.roles().stream().sorted().toList(), action, children, schools,
				fields, purpose, agreement, outcome, reason);
	}

}
