package uk.gov.dorsetcouncil.edu.attendance.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.Registration;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The scoring rules, one row per way a partner's record of a child can differ from the
 * roll. The pupil held: Amelia Smith-Jones, born 4 July 2016, DT1 1XJ, NHS number 943 476
 * 5919.
 */
class ChildMatchingTest {

	static final Pupil HELD = pupil(1, "Smith-Jones", "Amelia", "2016-07-04", "DT1 1XJ", "9434765919");

	@ParameterizedTest(name = "{5}: {0} {1} {2} {3} {4} -> {6}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			// family, given, born, postcode, NHS number | case | score | fields that
			// agreed
			"Smith-Jones | -       | 2016-07-04 | -        | -          | the minimum, exact        | 60  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT",
			"-           | -       | -          | -        | 9434765919 | NHS number alone          | 60  | NHS_NUMBER:EXACT",
			"Smith-Jones | Amelia  | 2016-07-04 | DT1 1XJ  | 9434765919 | everything                | 100 | NHS_NUMBER:EXACT FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT GIVEN_NAME:EXACT POSTCODE:EXACT",
			"SMITH JONES | amelia  | 2016-07-04 | dt11xj   | -          | case, spaces, postcode    | 90  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT GIVEN_NAME:EXACT POSTCODE:EXACT",
			"Smíth-Jónes | Amélia  | 2016-07-04 | -        | -          | diacritics                | 75  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT GIVEN_NAME:EXACT",
			"Smith       | Amelia  | 2016-07-04 | -        | -          | one half of the name      | 67  | FAMILY_NAME:SIMILAR DATE_OF_BIRTH:EXACT GIVEN_NAME:EXACT",
			"Smith-Jomes | Amelia  | 2016-07-04 | -        | -          | a mistyped letter         | 67  | FAMILY_NAME:SIMILAR DATE_OF_BIRTH:EXACT GIVEN_NAME:EXACT",
			"Smith-Jones | Millie  | 2016-07-04 | -        | -          | a nickname                | 72  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT GIVEN_NAME:NICKNAME",
			"Smith-Jones | Amelie  | 2016-07-04 | -        | -          | a similar given name      | 70  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT GIVEN_NAME:SIMILAR",
			"Smith-Jones | Amelia  | 2016-04-07 | -        | -          | day and month swapped     | 63  | FAMILY_NAME:EXACT DATE_OF_BIRTH:DAY_MONTH_SWAPPED GIVEN_NAME:EXACT",
			"Smith-Jones | -       | 2016-04-07 | -        | -          | swapped, nothing more     | -   | -",
			"Smith-Jones | -       | 2016-07-04 | DT1 1AB  | -          | the same postcode sector  | 67  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT POSTCODE:SAME_SECTOR",
			"Smith-Jones | -       | 2016-07-04 | BH20 4AA | -          | moved away: no penalty    | 60  | FAMILY_NAME:EXACT DATE_OF_BIRTH:EXACT",
			"Smith-Jones | Oliver  | 2016-07-04 | DT1 1XJ  | -          | a twin brother            | -   | -",
			"Smith-Jones | Oliver  | 2016-07-04 | -        | -          | another given name        | -   | -",
			"Jones       | -       | 2016-07-05 | -        | -          | another child             | -   | -",
			"Brown       | Amelia  | 2016-07-04 | DT1 1XJ  | -          | another family name       | -   | -",
			"Brown       | Amelia  | 2016-07-04 | DT1 1XJ  | 9434765919 | renamed, same NHS number  | 100 | NHS_NUMBER:EXACT DATE_OF_BIRTH:EXACT GIVEN_NAME:EXACT POSTCODE:EXACT",
			"Smith-Jones | Amelia  | 2016-07-04 | DT1 1XJ  | 4010232137 | another NHS number        | -   | -",
			"Smithers    | -       | 2016-07-04 | -        | -          | a prefix only             | -   | -" })
	void scoresEachWayARecordCanDiffer(String family, String given, String born, String postcode, String nhs,
			String why, Integer score, String fields) {
		ChildQuery query = ChildQuery.of(family, given, born, postcode, nhs);
		Optional<ChildMatching.Candidate> candidate = ChildMatching.score(query, HELD);
		if (score == null) {
			assertThat(candidate).as(why).isEmpty();
			return;
		}
		assertThat(candidate).as(why).hasValueSatisfying((found) -> {
			assertThat(found.score()).isEqualTo(score);
			assertThat(found.matched().stream().map((match) -> match.field() + ":" + match.how()))
				.containsExactly(fields.split(" "));
		});
	}

	@Test
	void aPupilWithoutAPostcodeOrNhsNumberIsMatchedOnWhatIsHeld() {
		Pupil withoutThem = pupil(2, "Smith-Jones", "Amelia", "2016-07-04", null, null);
		assertThat(ChildMatching.score(ChildQuery.of("Smith-Jones", "Amelia", "2016-07-04", "DT1 1XJ", "9434765919"),
				withoutThem))
			.hasValueSatisfying((found) -> assertThat(found.score()).isEqualTo(75));
	}

	@Test
	void twinsAreToldApartByTheGivenNameAndTheBestComesFirst() {
		Pupil brother = pupil(2, "Smith-Jones", "Oliver", "2016-07-04", "DT1 1XJ", null);
		Pupil cousin = pupil(3, "Smith-Jones", "Amelie", "2016-07-04", "DT1 1XJ", null);
		List<ChildMatching.Candidate> best = ChildMatching.best(
				ChildQuery.of("Smith-Jones", "Amelia", "2016-07-04", "DT1 1XJ", null), List.of(brother, cousin, HELD));
		assertThat(best).extracting((candidate) -> candidate.pupil().givenName()).containsExactly("Amelia", "Amelie");
		assertThat(best).extracting(ChildMatching.Candidate::score).containsExactly(90, 85);
	}

	@Test
	void neverMoreThanTheMaximumNumberOfCandidates() {
		List<Pupil> same = java.util.stream.IntStream.rangeClosed(10, 30)
			.mapToObj((serial) -> pupil(serial, "Smith", "Amelia", "2016-07-04", null, null))
			.toList();
		List<ChildMatching.Candidate> best = ChildMatching.best(ChildQuery.of("Smith", null, "2016-07-04", null, null),
				same);
		assertThat(best).hasSize(ChildMatching.MAX_CANDIDATES);
		assertThat(best).extracting((candidate) -> candidate.pupil().upn().value())
			.as("equal scores in UPN order")
			.containsExactlyElementsOf(same.stream().map((pupil) -> pupil.upn().value()).sorted().limit(5).toList());
	}

	static Pupil pupil(int serial, String family, String given, String born, String postcode, String nhs) {
		return new Pupil(new Upn(upn(serial)), family, given, LocalDate.parse(born), 5, Sex.F,
				List.of(new Enrolment("113001", LocalDate.of(2021, 9, 2), null, Registration.SINGLE)),
				Characteristics.NOT_RECORDED, (postcode != null) ? new Postcode(postcode) : null,
				(nhs != null) ? new NhsNumber(nhs) : null, 1);
	}

}
