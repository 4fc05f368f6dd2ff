package uk.gov.dorsetcouncil.edu.gateway.children.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.client.AccessDecisions;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildCandidates;
import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildSearchQuery;
import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildSearchers;
import uk.gov.dorsetcouncil.edu.gateway.children.search.grpc.RollSearch;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * A search for a child, in the order that tells a caller least it may not know: the
 * caller's role first (403, recorded), then the query (400 naming the field or what is
 * missing), then the purpose and the agreement (400 or 403, recorded), and only then the
 * rolls. Every answer is recorded with its purpose, its agreement and every child it
 * released, before it is released.
 */
class FindChild {

	static final String ACTION = "POST /api/v1/children/search";

	/** What a candidate releases of each child: the audit record's fields. */
	static final List<String> RELEASED = List.of("upn", "familyName", "givenName", "dateOfBirth", "schools");

	private final AccessDecisions access;

	private final RollSearch rolls;

	private final Auditor auditor;

	FindChild(AccessDecisions access, RollSearch rolls, Auditor auditor) {
		this.access = access;
		this.rolls = rolls;
		this.auditor = auditor;
	}

	Mono<ChildCandidates> search(Caller caller, ChildSearchBody body, String purpose, String agreement) {
		Optional<ChildSearchers.Footing> footing = ChildSearchers.of(caller);
		if (footing.isEmpty()) {
			return this.auditor.refused(caller, ACTION, List.of(), purpose, agreement, ChildSearchers.REFUSED)
				.then(Mono.error(ProblemException.forbidden(ChildSearchers.REFUSED)));
		}
		ChildSearchQuery query = body.query();
		if (footing.get() == ChildSearchers.Footing.OWN_RIGHT_WITH_PURPOSE && purpose == null) {
			return Mono.error(ProblemException.invalid("purpose",
					"a search for a child names its purpose (X-Dorset-Purpose header or purpose field), "
							+ "e.g. CHILDREN_MISSING_EDUCATION"));
		}
		return this.access.decide(caller, purpose, agreement, ACTION, List.of())
			.flatMap((granted) -> this.rolls.find(caller, query))
			.flatMap((found) -> this.auditor.recordThen(caller, ACTION, found.candidates().children(),
					found.candidates().schools(), RELEASED, purpose, agreement, Outcome.RELEASED, reason(query, found),
					found.candidates()));
	}

	/**
	 * What the record says of the search: the fields it named (not their values, which
	 * may be a child no roll holds) and what it found.
	 */
	private static String reason(ChildSearchQuery query, RollSearch.Found found) {
		List<String> named = new ArrayList<>();
		if (query.familyName() != null) {
			named.add("familyName");
		}
		if (query.givenName() != null) {
			named.add("givenName");
		}
		if (query.dateOfBirth() != null) {
			named.add("dateOfBirth");
		}
		if (query.postcode() != null) {
			named.add("postcode");
		}
		if (query.nhsNumber() != null) {
			named.add("nhsNumber");
		}
		return "search by " + String.join(", ", named) + ": " + found.candidates().candidates().size()
				+ " candidate(s) of " + found.compared() + " pupil(s) compared";
	}

}
