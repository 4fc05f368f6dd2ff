package uk.gov.dorsetcouncil.edu.synthetic;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.dorsetcouncil.edu.synthetic.pupil.Characteristics;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.SenProvision;
import uk.gov.dorsetcouncil.edu.synthetic.school.Governance;
import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The county's schools and pupils at full scale look like Dorset (dorset-facts). */
class CountyShapeTest {

	private static SyntheticEducation dorset;

	private static List<Pupil> pupils;

	@BeforeAll
	static void generate() {
		dorset = SyntheticEducation.generate(2026, Scale.DORSET);
		pupils = dorset.schools().stream().flatMap(s -> dorset.pupils(s).stream()).toList();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 2026, 987654321 })
	void schools159WithMoreAcademiesTwoFreeSchoolsAndFourHubs(long seed) {
		List<School> schools = SchoolCatalogue.dorset(seed);
		assertThat(schools).hasSize(159);
		assertThat(schools.stream().map(School::locality).distinct()).containsExactlyInAnyOrder(Locality.values());
		assertThat(schools.stream().map(School::phase).distinct()).containsExactlyInAnyOrder(Phase.values());
		long academies = schools.stream().filter(s -> s.governance() == Governance.ACADEMY).count();
		long maintained = schools.stream().filter(s -> s.governance() == Governance.MAINTAINED).count();
		assertThat(academies).isGreaterThan(maintained);
		assertThat(schools).filteredOn(s -> s.governance() == Governance.FREE_SCHOOL).hasSize(2);
		assertThat(schools).filteredOn(s -> s.inclusionHubPlaces() > 0)
			.hasSize(4)
			.allMatch(s -> s.phase().mainstream());
		assertThat(schools).allMatch(s -> s.capacity() >= s.roll() * 0.95);
	}

	/** dorset-facts: about 75,000 children and young people; tolerance 5%. */
	@Test
	void aboutSeventyFiveThousandPupils() {
		assertThat((double) pupils.size()).isCloseTo(75_000, within(3_750.0));
	}

	/**
	 * dorset-facts: about 3,900 EHC plans, about 40% in specialist provision; tolerances
	 * 10% and 5 points.
	 */
	@Test
	void ehcPlansAboutThreeThousandNineHundredFortyPercentInSpecialSchools() {
		List<Pupil> plans = pupils.stream().filter(p -> p.characteristics().senProvision() == SenProvision.E).toList();
		long specialist = plans.stream().filter(p -> !dorset.school(p.urn()).phase().mainstream()).count();
		assertThat((double) plans.size()).isCloseTo(3_900, within(390.0));
		assertThat((double) specialist / plans.size()).isCloseTo(0.40, within(0.05));
	}

	/**
	 * Rates with their tolerances: FSM 20% (assumption) +-2 points; SEN support 13.6%
	 * +-1.5; looked after about 270 (just under 450 in care, 60% at school) +-25%;
	 * minority ethnic under 10%.
	 */
	@Test
	void characteristicsAtDorsetsRates() {
		double n = pupils.size();
		assertThat(share(Characteristics::freeSchoolMeals)).isCloseTo(0.20, within(0.02));
		assertThat(pupils.stream().filter(p -> p.characteristics().senProvision() == SenProvision.K).count() / n)
			.isCloseTo(0.136, within(0.015));
		assertThat((double) pupils.stream().filter(p -> p.characteristics().lookedAfter()).count()).isCloseTo(270,
				within(70.0));
		assertThat(share(Characteristics::minorityEthnic)).isBetween(0.07, 0.10);
		assertThat(pupils).anyMatch(p -> p.characteristics().ethnicity().equals("WIRT"))
			.anyMatch(p -> p.characteristics().ethnicity().equals("WROM"));
		assertThat(share(Characteristics::childProtectionPlan)).isBetween(0.002, 0.007);
		assertThat(share(Characteristics::childInNeed)).isBetween(0.015, 0.03);
		assertThat(share(Characteristics::everSocialWorker)).isBetween(0.07, 0.13);
		assertThat(share(Characteristics::youngCarer)).isBetween(0.008, 0.016);
	}

	@Test
	void datesOfBirthMatchYearGroupsAndSomePupilsJoinOrLeaveMidYear() {
		int startYear = Scale.DORSET.year().startYear();
		assertThat(pupils).allSatisfy(p -> assertThat(p.ageAtStartOfYear(startYear)).isEqualTo(p.yearGroup() + 4));
		long joiners = pupils.stream().filter(p -> p.admissionDate().isAfter(Scale.DORSET.year().start())).count();
		long leavers = pupils.stream().filter(p -> p.leavingDate() != null).count();
		assertThat(joiners / (double) pupils.size()).isBetween(0.02, 0.06);
		assertThat(leavers / (double) pupils.size()).isBetween(0.02, 0.05);
	}

	private static double share(java.util.function.Predicate<Characteristics> trait) {
		return pupils.stream().filter(p -> trait.test(p.characteristics())).count() / (double) pupils.size();
	}

}
