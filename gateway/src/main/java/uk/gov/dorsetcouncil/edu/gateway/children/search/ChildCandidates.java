package uk.gov.dorsetcouncil.edu.gateway.children.search;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The answer to a search: the few children who may be the one sought, best first, each
 * with its score and the fields that matched, and the rules that chose them (ADR 0027).
 *
 * @param candidates at most {@code maxCandidates}, each scoring at least
 * {@code threshold}; empty when no child on a roll is close enough
 * @param threshold the least score a candidate needs, out of 100
 * @param maxCandidates the most candidates a search answers
 */
public record ChildCandidates(List<Candidate> candidates, int threshold, int maxCandidates) {

	public ChildCandidates {
		candidates = List.copyOf(candidates);
	}

	/**
	 * One child who may be the one sought: who they are, where they are on roll today,
	 * and why they were chosen. Nothing else of the record is released: the profile is
	 * asked for by UPN afterwards, under the same rights.
	 *
	 * @param upn the child's unique pupil number
	 * @param schools URNs of the schools whose rolls the child is on today
	 * @param score 0 to 100
	 * @param matched the fields that agreed, and how
	 */
	public record Candidate(String upn, String familyName, String givenName, LocalDate dateOfBirth,
			List<String> schools, int score, List<FieldMatch> matched) {

		public Candidate {
			schools = List.copyOf(schools);
			matched = List.copyOf(matched);
		}

	}

	/**
	 * A field that agreed.
	 *
	 * @param field FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, POSTCODE or NHS_NUMBER
	 * @param how EXACT, SIMILAR, NICKNAME, DAY_MONTH_SWAPPED or SAME_SECTOR
	 * @param points what it added to the score
	 */
	public record FieldMatch(Field field, How how, int points) {
	}

	/** The fields compared. */
	public enum Field {

		FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, POSTCODE, NHS_NUMBER

	}

	/** How a field agreed. */
	public enum How {

		EXACT, SIMILAR, NICKNAME, DAY_MONTH_SWAPPED, SAME_SECTOR

	}

	/** The children released, by UPN, for the audit record. */
	public List<String> children() {
		return this.candidates.stream().map(Candidate::upn).toList();
	}

	/** The schools released with them, in URN order. */
	public List<String> schools() {
		return List.copyOf(new TreeSet<>(this.candidates.stream().flatMap((c) -> c.schools().stream()).toList()));
	}

}
