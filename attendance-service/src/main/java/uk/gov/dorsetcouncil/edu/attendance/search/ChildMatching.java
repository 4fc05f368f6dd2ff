package uk.gov.dorsetcouncil.edu.attendance.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;

/**
 * How well a pupil on a roll matches what a caller knows of a child: points per field
 * that agrees, fewer for a near agreement, summed and capped at 100 (a simple
 * Fellegi-Sunter weighting, as record-linkage practice does; ADR 0027). A candidate needs
 * {@link #THRESHOLD}: a family name and a date of birth that agree exactly reach it, and
 * so does an NHS number. At most {@link #MAX_CANDIDATES} are answered, best first.
 *
 * <table>
 * <caption>Points per field</caption>
 * <tr>
 * <th>Field</th>
 * <th>Exact</th>
 * <th>Near</th>
 * </tr>
 * <tr>
 * <td>NHS number</td>
 * <td>60</td>
 * <td>-; both held and different: not the child</td>
 * </tr>
 * <tr>
 * <td>family name</td>
 * <td>30</td>
 * <td>22 similar (Jaro-Winkler, or one half of a double-barrelled name)</td>
 * </tr>
 * <tr>
 * <td>date of birth</td>
 * <td>30</td>
 * <td>18 day and month swapped</td>
 * </tr>
 * <tr>
 * <td>given name</td>
 * <td>15</td>
 * <td>12 a short form ({@link Nicknames}), 10 similar; -20 when it disagrees</td>
 * </tr>
 * <tr>
 * <td>postcode</td>
 * <td>15</td>
 * <td>7 the same sector</td>
 * </tr>
 * </table>
 */
public final class ChildMatching {

	/** The least score a candidate needs. */
	public static final int THRESHOLD = 60;

	/** The most candidates answered: enough to choose between twins, never a list. */
	public static final int MAX_CANDIDATES = 5;

	static final int NHS_NUMBER = 60;

	static final int FAMILY_NAME = 30;

	static final int FAMILY_NAME_SIMILAR = 22;

	static final int DATE_OF_BIRTH = 30;

	static final int DATE_OF_BIRTH_SWAPPED = 18;

	static final int GIVEN_NAME = 15;

	static final int GIVEN_NAME_NICKNAME = 12;

	static final int GIVEN_NAME_SIMILAR = 10;

	/**
	 * A given name that agrees in no way: twins share a family name, a date of birth and
	 * a postcode, and only this tells them apart.
	 */
	static final int GIVEN_NAME_DISAGREES = -20;

	/**
	 * A family name that agrees in no way: less than a given name, because a child's
	 * family name changes (a parent's marriage or separation, adoption), but enough that
	 * a date of birth, a given name and a postcode alone do not reach the threshold.
	 */
	static final int FAMILY_NAME_DISAGREES = -10;

	static final int POSTCODE = 15;

	static final int POSTCODE_SECTOR = 7;

	private ChildMatching() {
	}

	/** The fields compared. */
	public enum Field {

		NHS_NUMBER, FAMILY_NAME, GIVEN_NAME, DATE_OF_BIRTH, POSTCODE

	}

	/** How a field agreed. */
	public enum How {

		EXACT, SIMILAR, NICKNAME, DAY_MONTH_SWAPPED, SAME_SECTOR

	}

	/** One field that agreed, and the points it gave. */
	public record FieldMatch(Field field, How how, int points) {
	}

	/**
	 * A pupil that may be the child, with its score (0..100) and the fields that agreed.
	 */
	public record Candidate(Pupil pupil, int score, List<FieldMatch> matched) {

		public Candidate {
			matched = List.copyOf(matched);
		}

	}

	/**
	 * Best first; equal scores in UPN order, so that the answer is the same every time.
	 */
	public static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::score)
		.reversed()
		.thenComparing((candidate) -> candidate.pupil().upn().value());

	/** The pupil as a candidate, or empty when it scores below the threshold. */
	public static Optional<Candidate> score(ChildQuery query, Pupil pupil) {
		if (query.nhsNumber() != null && pupil.nhsNumber() != null && !query.nhsNumber().equals(pupil.nhsNumber())) {
			// An NHS number is one person's for life (NHS Data Dictionary): another
			// number
			// is another child, whatever else agrees.
			return Optional.empty();
		}
		List<FieldMatch> matched = new ArrayList<>();
		int score = 0;
		if (query.nhsNumber() != null && query.nhsNumber().equals(pupil.nhsNumber())) {
			matched.add(new FieldMatch(Field.NHS_NUMBER, How.EXACT, NHS_NUMBER));
		}
		if (query.familyName() != null) {
			if (Names.same(query.familyName(), pupil.familyName())) {
				matched.add(new FieldMatch(Field.FAMILY_NAME, How.EXACT, FAMILY_NAME));
			}
			else if (Names.similar(query.familyName(), pupil.familyName())) {
				matched.add(new FieldMatch(Field.FAMILY_NAME, How.SIMILAR, FAMILY_NAME_SIMILAR));
			}
			else {
				score += FAMILY_NAME_DISAGREES;
			}
		}
		if (query.dateOfBirth() != null) {
			if (query.dateOfBirth().equals(pupil.dateOfBirth())) {
				matched.add(new FieldMatch(Field.DATE_OF_BIRTH, How.EXACT, DATE_OF_BIRTH));
			}
			else if (DatesOfBirth.swapped(query.dateOfBirth()).filter(pupil.dateOfBirth()::equals).isPresent()) {
				matched.add(new FieldMatch(Field.DATE_OF_BIRTH, How.DAY_MONTH_SWAPPED, DATE_OF_BIRTH_SWAPPED));
			}
		}
		if (query.givenName() != null) {
			if (Names.same(query.givenName(), pupil.givenName())) {
				matched.add(new FieldMatch(Field.GIVEN_NAME, How.EXACT, GIVEN_NAME));
			}
			else if (Nicknames.standFor(query.givenName(), pupil.givenName())) {
				matched.add(new FieldMatch(Field.GIVEN_NAME, How.NICKNAME, GIVEN_NAME_NICKNAME));
			}
			else if (Names.similar(query.givenName(), pupil.givenName())) {
				matched.add(new FieldMatch(Field.GIVEN_NAME, How.SIMILAR, GIVEN_NAME_SIMILAR));
			}
			else {
				score += GIVEN_NAME_DISAGREES;
			}
		}
		if (query.postcode() != null && pupil.postcode() != null) {
			if (query.postcode().equals(pupil.postcode())) {
				matched.add(new FieldMatch(Field.POSTCODE, How.EXACT, POSTCODE));
			}
			else if (query.postcode().sector().equals(pupil.postcode().sector())) {
				matched.add(new FieldMatch(Field.POSTCODE, How.SAME_SECTOR, POSTCODE_SECTOR));
			}
		}
		for (FieldMatch match : matched) {
			score += match.points();
		}
		score = Math.min(100, Math.max(0, score));
		return (score >= THRESHOLD) ? Optional.of(new Candidate(pupil, score, matched)) : Optional.empty();
	}

	/** The best candidates among the pupils compared, at most {@link #MAX_CANDIDATES}. */
	public static List<Candidate> best(ChildQuery query, Iterable<Pupil> compared) {
		List<Candidate> candidates = new ArrayList<>();
		for (Pupil pupil : compared) {
			score(query, pupil).ifPresent(candidates::add);
		}
		candidates.sort(BEST_FIRST);
		return List.copyOf(candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size())));
	}

}
