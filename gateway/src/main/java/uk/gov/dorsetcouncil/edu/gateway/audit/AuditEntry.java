package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * One release (or refused request) of personal data, as a data protection officer will
 * ask about it: who, through which client, for which organisation, which children, which
 * fields, under which purpose and agreement, when, and with what outcome (UK GDPR Art 30;
 * DfE and GDS guidance to log personal-data requests).
 *
 * @param action the request, e.g. {@code GET /api/v1/children/{upn}/profile}
 * @param children the UPNs whose data the request concerned
 * @param schools the schools those children are on the roll of, as far as the answer
 * told, so that each school can see who accessed its pupils
 * @param fields the data items released (empty when refused)
 * @param purpose the stated purpose, when one was named
 * @param agreement the data-sharing agreement acted under, when one was named
 * @param reason why it was refused or partial, in words (empty when released)
 * @throws ProblemException (invalid input) naming the field when any text in it is not
 * valid Unicode: such text has no exact stored form ({@link KeptText})
 */
public record AuditEntry(Instant at, String subject, String client, String organisation, List<String> roles,
		String action, List<String> children, List<String> schools, List<String> fields, String purpose,
		String agreement, Outcome outcome, String reason) {

	public AuditEntry {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(outcome, "outcome");
		subject = Objects.requireNonNullElse(subject, "");
		client = Objects.requireNonNullElse(client, "");
		organisation = Objects.requireNonNullElse(organisation, "");
		roles = List.copyOf(roles);
		action = Objects.requireNonNullElse(action, "");
		children = List.copyOf(children);
		schools = List.copyOf(schools);
		fields = List.copyOf(fields);
		purpose = Objects.requireNonNullElse(purpose, "");
		agreement = Objects.requireNonNullElse(agreement, "");
		reason = Objects.requireNonNullElse(reason, "");
		keptExactly("subject", subject);
		keptExactly("client", client);
		keptExactly("organisation", organisation);
		keptExactly("roles", roles);
		keptExactly("action", action);
		keptExactly("children", children);
		keptExactly("schools", schools);
		keptExactly("fields", fields);
		keptExactly("purpose", purpose);
		keptExactly("agreement", agreement);
		keptExactly("reason", reason);
	}

	private static void keptExactly(String field, String text) {
		int at = KeptText.firstUnpairedSurrogate(text);
		if (at >= 0) {
			throw ProblemException.invalid(field, KeptText.unpairedSurrogate(text, at));
		}
	}

	private static void keptExactly(String field, List<String> texts) {
		for (int i = 0; i < texts.size(); i++) {
			keptExactly(field + "[" + i + "]", texts.get(i));
		}
	}

}
