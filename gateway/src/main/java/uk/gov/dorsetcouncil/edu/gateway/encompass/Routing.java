package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.util.List;

import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildCandidates;

/**
 * Where a notification goes, from the find-a-child search's candidates (ADR 0027) and,
 * for a child on no roll, whether the child is electively home educated. A wrong school
 * told of a domestic abuse incident is a safeguarding failure and a data breach; a missed
 * one leaves a child unsupported: so only a confident, unambiguous match goes to a
 * school, and everything else to a person at the local authority, never to a guessed
 * school (ADR 0041).
 */
public final class Routing {

	/**
	 * The least score of a confident match: family name, given name and date of birth all
	 * exact (30 + 15 + 30), or an NHS number with a name. A family name and a date of
	 * birth alone (60) could be a sibling.
	 */
	public static final int CONFIDENT = 75;

	/** How far the next candidate must be below the best for the best to be the one. */
	public static final int CLEAR_LEAD = 20;

	private Routing() {
	}

	/** Who receives a notification. */
	public enum Recipient {

		/** The designated safeguarding lead of the school whose roll the child is on. */
		SCHOOL,
		/**
		 * The LA's elective home education officer: where a child is electively home
		 * educated the notification goes to the LA (Operation Encompass guidance).
		 */
		EHE_OFFICER,
		/** The LA's queue, for a person to resolve. */
		LA_QUEUE

	}

	/** Why a notification went where it went: a code, as the queue shows it. */
	public enum Reason {

		CONFIDENT_MATCH_ON_ONE_ROLL, ELECTIVELY_HOME_EDUCATED, NO_CANDIDATE, NO_CONFIDENT_CANDIDATE,
		SEVERAL_CLOSE_CANDIDATES, ON_SEVERAL_ROLLS, ON_NO_ROLL, ASSIGNED_BY_OFFICER

	}

	/**
	 * A route: the recipient, the school (for {@link Recipient#SCHOOL}), the child
	 * matched (null when none) and its score (0 when none).
	 */
	public record Route(Recipient recipient, String school, String upn, int score, Reason reason) {

		public static Route toQueue(Reason reason) {
			return new Route(Recipient.LA_QUEUE, null, null, 0, reason);
		}

	}

	/**
	 * The one candidate a notification may be matched to, or null: the best scores at
	 * least {@link #CONFIDENT} and every other candidate at least {@link #CLEAR_LEAD}
	 * below it.
	 */
	public static ChildCandidates.Candidate confident(List<ChildCandidates.Candidate> candidates) {
		if (candidates.isEmpty()) {
			return null;
		}
		ChildCandidates.Candidate best = candidates.stream()
			.max(java.util.Comparator.comparingInt(ChildCandidates.Candidate::score))
			.orElseThrow();
		boolean clear = candidates.stream()
			.filter((other) -> other != best)
			.allMatch((other) -> other.score() <= best.score() - CLEAR_LEAD);
		return (best.score() >= CONFIDENT && clear) ? best : null;
	}

	/**
	 * The route of a notification.
	 * @param candidates the search's candidates, any order
	 * @param homeEducated whether a child on no roll is on the LA's elective home
	 * education register (asked only for such a child)
	 */
	public static Route route(List<ChildCandidates.Candidate> candidates,
			java.util.function.Predicate<String> homeEducated) {
		if (candidates.isEmpty()) {
			return Route.toQueue(Reason.NO_CANDIDATE);
		}
		ChildCandidates.Candidate match = confident(candidates);
		if (match == null) {
			boolean close = candidates.stream().filter((c) -> c.score() >= CONFIDENT).count() > 1;
			return Route.toQueue(close ? Reason.SEVERAL_CLOSE_CANDIDATES : Reason.NO_CONFIDENT_CANDIDATE);
		}
		if (match.schools().size() == 1) {
			return new Route(Recipient.SCHOOL, match.schools().get(0), match.upn(), match.score(),
					Reason.CONFIDENT_MATCH_ON_ONE_ROLL);
		}
		if (match.schools().isEmpty()) {
			return homeEducated.test(match.upn())
					? new Route(Recipient.EHE_OFFICER, null, match.upn(), match.score(),
							Reason.ELECTIVELY_HOME_EDUCATED)
					: new Route(Recipient.LA_QUEUE, null, match.upn(), match.score(), Reason.ON_NO_ROLL);
		}
		// Dual registration: every school must be told (s49A); a person sends it to each.
		return new Route(Recipient.LA_QUEUE, null, match.upn(), match.score(), Reason.ON_SEVERAL_ROLLS);
	}

}
