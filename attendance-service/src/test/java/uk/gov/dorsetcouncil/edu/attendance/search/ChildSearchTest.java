package uk.gov.dorsetcouncil.edu.attendance.search;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Finding a child on the rolls held in the store: the postcode and NHS number a school
 * sends are kept in one written form, and a search compares only the pupils sharing the
 * date of birth (either way round) or the NHS number.
 */
class ChildSearchTest {

	static final Caller GATEWAY = Caller.service("gateway", Set.of(ChildSearch.SCOPE));

	private InMemoryStores stores;

	private ChildSearch search;

	@BeforeEach
	void rolls() {
		this.stores = new InMemoryStores();
		this.stores.schoolRegistration.put(LA, "113001", "8382001", "Abbey Primary", "PRIMARY", "NORTH");
		this.stores.schoolRegistration.put(LA, "113002", "8384001", "Bridport Secondary", "SECONDARY", "WEST");
		put("113001", 1, "Smith-Jones", "Amelia", "2016-07-04", "dt1 1xj", "943 476 5919");
		put("113001", 2, "Smith-Jones", "Oliver", "2016-07-04", "DT1 1XJ", null);
		put("113002", 3, "Smith", "Amelia", "2016-04-07", "BH20 4AA", null);
		put("113002", 4, "Brown", "Amelia", "2015-01-30", null, null);
		this.search = new ChildSearch(this.stores.pupils, this.stores.clock);
	}

	@AfterEach
	void close() {
		this.stores.close();
	}

	@Test
	void findsTheChildFirstWithTheFieldsThatMatchedAndComparesOnlyThoseBornThatDay() {
		ChildSearch.Found found = this.search.find(GATEWAY,
				ChildQuery.of("smith jones", "Millie", "2016-07-04", "DT11XJ", null));
		assertThat(found.compared()).as("born 4 July or 7 April 2016").isEqualTo(3);
		assertThat(found.candidates()).singleElement().satisfies((candidate) -> {
			assertThat(candidate.pupil().upn().value()).isEqualTo(upn(1));
			assertThat(candidate.score()).isEqualTo(87);
			assertThat(candidate.matched()).extracting(ChildMatching.FieldMatch::field)
				.containsExactly(ChildMatching.Field.FAMILY_NAME, ChildMatching.Field.DATE_OF_BIRTH,
						ChildMatching.Field.GIVEN_NAME, ChildMatching.Field.POSTCODE);
			assertThat(candidate.pupil().schoolsOn(found.today())).containsExactly("113001");
		});
	}

	@Test
	void anNhsNumberAloneFindsTheChildInAnyWrittenForm() {
		ChildSearch.Found found = this.search.find(GATEWAY, ChildQuery.of(null, null, null, null, "943-476-5919"));
		assertThat(found.compared()).isEqualTo(1);
		assertThat(found.candidates()).extracting((candidate) -> candidate.pupil().upn().value())
			.containsExactly(upn(1));
	}

	@Test
	void aDateWrittenMonthFirstStillFindsTheChildAtALowerScore() {
		ChildSearch.Found found = this.search.find(GATEWAY, ChildQuery.of("Smith", "Amelia", "2016-07-04", null, null));
		assertThat(found.candidates())
			.extracting((candidate) -> candidate.pupil().upn().value() + " " + candidate.score())
			.containsExactly(upn(1) + " 67", upn(3) + " 63");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "a school, SCHOOL", "the LA without the scope, LA" })
	void onlyACountyWideCallerWithTheScopeSearches(String who, String kind) {
		Caller caller = kind.equals("SCHOOL") ? InMemoryStores.schoolCaller("113001", ChildSearch.SCOPE) : LA;
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> this.search.find(caller, ChildQuery.of("Smith-Jones", null, "2016-07-04", null, null)));
		assertThat(refused.problem()).as(who).isEqualTo(Problem.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "DT1 | postcode", "SW1A1AAA | postcode" })
	void aRollEntryWithAMalformedPostcodeIsRefusedNamingItAndNothingIsStored(String postcode, String field) {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> put("113001", 9, "Pupil", "Test", "2016-05-04", postcode, null));
		assertThat(refused.violations()).extracting((violation) -> violation.field()).containsExactly(field);
		assertThat(this.stores.pupils.find(new uk.gov.dorsetcouncil.edu.platform.identifiers.Upn(upn(9)))).isEmpty();
	}

	@Test
	void aRollEntryWithAnInvalidNhsNumberIsRefusedNamingIt() {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> put("113001", 9, "Pupil", "Test", "2016-05-04", null, "9434765918"));
		assertThat(refused.violations()).extracting((violation) -> violation.field()).containsExactly("nhsNumber");
	}

	@Test
	void aChangeWithoutPostcodeOrNhsNumberKeepsThoseHeld() {
		this.stores.roll.putOnRoll(LA, "113001", upn(1),
				new PupilDetails("Smith-Jones", "Amelia", "2016-07-04", 5, "F", "2021-09-02", null));
		assertThat(this.stores.pupils.find(new uk.gov.dorsetcouncil.edu.platform.identifiers.Upn(upn(1))))
			.hasValueSatisfying((pupil) -> {
				assertThat(pupil.postcode().value()).isEqualTo("DT1 1XJ");
				assertThat(pupil.nhsNumber().value()).isEqualTo("9434765919");
			});
	}

	private void put(String urn, int serial, String family, String given, String born, String postcode, String nhs) {
		this.stores.roll.putOnRoll(LA, urn, upn(serial), new PupilDetails(family, given, born, 5, "F", "2021-09-02",
				null, null, null, null, null, null, null, null, null, null, null, null, postcode, nhs));
	}

}
