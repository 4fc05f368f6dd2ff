package uk.gov.dorsetcouncil.edu.local;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

class CountyTest {

	private static final County DEMO = County.demo();

	@Test
	void theDemoIsTheGeneratorsDemoScaleTwelveSchoolsInSixLocalities() {
		assertThat(DEMO.schools()).hasSize(12);
		assertThat(DEMO.schools()).extracting(s -> s.locality().name())
			.containsOnly("NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK");
		assertThat(DEMO.schools()).extracting(School::phase)
			.contains(Phase.PRIMARY, Phase.SECONDARY, Phase.SPECIAL, Phase.ALTERNATIVE_PROVISION);
		assertThat(DEMO.pupils()).hasSizeBetween(650, 850);
		assertThat(DEMO.pupils()).allSatisfy(p -> assertThat(Upn.problemWith(p.upn())).isEmpty());
		assertThat(DEMO.schools().get(0).urn()).isEqualTo(County.DEMO_FIRST_SCHOOL_URN)
			.isEqualTo(Persona.DEFAULT_SCHOOL_URN);
		assertThat(County.demo().pupils()).as("seeded").isEqualTo(DEMO.pupils());
	}

	@Test
	void everySchoolHasFiveInsetDaysOnWhichNoRegisterIsTaken() {
		for (School school : DEMO.schools()) {
			Set<LocalDate> inset = DEMO.insetDays(school);
			assertThat(inset).hasSize(5).contains(LocalDate.of(2026, 9, 3), LocalDate.of(2027, 1, 4));
			Set<LocalDate> registerDays = DEMO.marks(school).map(SessionMark::date).collect(Collectors.toSet());
			assertThat(registerDays).doesNotContainAnyElementsOf(inset)
				.allSatisfy(d -> assertThat(DEMO.schoolDays().isSchoolDay(school.urn(), d)).isTrue());
			assertThat(registerDays).hasSizeBetween(45, 55);
		}
	}

	@Test
	void theRollIsAsTheSchoolKnowsItOnTheLastRegisterDayWithCharacteristics() {
		LocalDate last = DEMO.scale().to();
		List<Pupil> everyone = DEMO.schools().stream().flatMap(s -> DEMO.pupilsOf(s).stream()).toList();
		assertThat(everyone).anySatisfy(p -> assertThat(p.admissionDate()).isAfter(last));
		assertThat(DEMO.pupils()).allSatisfy(p -> assertThat(p.admissionDate()).isBeforeOrEqualTo(last));

		Pupil leaverLater = everyone.stream()
			.filter(p -> p.leavingDate() != null && p.leavingDate().isAfter(last))
			.findFirst()
			.orElseThrow();
		assertThat(DEMO.rollRecord(leaverLater)).containsEntry("leavingDate", null).doesNotContainKey("deletionGround");
		List<Pupil> leftAlready = everyone.stream()
			.filter(p -> p.leavingDate() != null && !p.leavingDate().isAfter(last))
			.toList();
		// A leaver goes to another school it names, or (the generator's CME share, ADR
		// 0030) leaves no known destination, so that belonging opens a CME entry.
		Pupil moved = leftAlready.stream()
			.filter(p -> !DEMO.data().leavesNoDestination(DEMO.data().school(p.urn()), p))
			.findFirst()
			.orElseThrow();
		assertThat(DEMO.rollRecord(moved)).containsEntry("leavingDate", moved.leavingDate().toString())
			.containsEntry("deletionGround", "REGISTERED_AT_ANOTHER_SCHOOL")
			.containsEntry("destination", "another school");
		Pupil missing = leftAlready.stream()
			.filter(p -> DEMO.data().leavesNoDestination(DEMO.data().school(p.urn()), p))
			.findFirst()
			.orElseThrow();
		assertThat(DEMO.rollRecord(missing)).containsEntry("deletionGround", "CONTINUOUS_ABSENCE_NOT_LOCATED")
			.doesNotContainKey("destination");

		Map<String, Object> record = DEMO.rollRecord(DEMO.pupils().get(0));
		assertThat(record).containsKeys("freeSchoolMeals", "senProvision", "lookedAfter", "childInNeed",
				"childProtectionPlan", "everSocialWorker", "youngCarer", "ethnicity");
		assertThat(DEMO.pupils().stream().filter(p -> p.characteristics().freeSchoolMeals()).count()).isPositive();
	}

	@Test
	void ehcPlansGoToThePupilsTheGeneratorGaveAPlanMostOfASpecialSchool() {
		List<Pupil> withPlans = DEMO.pupils().stream().filter(County::hasEhcPlan).toList();
		assertThat(withPlans).hasSizeGreaterThan(10);
		School special = DEMO.schools().stream().filter(s -> s.phase() == Phase.SPECIAL).findFirst().orElseThrow();
		List<Pupil> specialPupils = DEMO.pupilsOnRollBy(special);
		assertThat(specialPupils.stream().filter(County::hasEhcPlan).count())
			.isGreaterThan(specialPupils.size() * 8L / 10);
		Pupil first = withPlans.get(0);
		Map<String, Object> plan = County.ehcPlanRecord(first, DEMO.scale().to());
		assertThat(plan).containsEntry("status", "FINAL").containsEntry("namedSchoolUrn", first.urn());
		assertThat(LocalDate.parse((String) plan.get("issuedDate")))
			.isBefore(first.admissionDate().withDayOfYear(1).plusYears(1));
	}

	/**
	 * Like Dorset (91% of annual reviews on time in 2023/24): about nine plans in a
	 * hundred have their review overdue on the demo's last day, none by a year or more,
	 * and no review is after that day or before its plan.
	 */
	@Test
	void aboutOneAnnualReviewInTenIsOverdueAndNoneByAYear() {
		LocalDate asOf = LocalDate.of(2026, 7, 31);
		List<Pupil> withPlans = County.generate(County.SEED, uk.gov.dorsetcouncil.edu.synthetic.Scale.dorset(0.25))
			.pupils()
			.stream()
			.filter(County::hasEhcPlan)
			.toList();
		long overdue = 0;
		for (Pupil pupil : withPlans) {
			Map<String, Object> plan = County.ehcPlanRecord(pupil, asOf);
			LocalDate issued = LocalDate.parse((String) plan.get("issuedDate"));
			String reviewed = (String) plan.get("lastReviewDate");
			LocalDate from = (reviewed != null) ? LocalDate.parse(reviewed) : issued;
			assertThat(from).isBetween(issued, asOf);
			LocalDate due = from.plusMonths(12);
			if (due.isBefore(asOf)) {
				overdue++;
				assertThat(due).isAfter(asOf.minusYears(1));
			}
		}
		assertThat(withPlans).hasSizeGreaterThan(500);
		assertThat((double) overdue / withPlans.size()).isBetween(0.06, 0.12);
	}

	@Test
	void theCountysPartnerClientsIncludeEveryDemoSchoolsMis() {
		Set<String> clients = PartnerClient.standard()
			.stream()
			.map(PartnerClient::clientId)
			.collect(Collectors.toSet());
		assertThat(clients).hasSize(161).contains("dorset-police-encompass", "nhs-dorset-advice");
		DEMO.schools().forEach(s -> assertThat(clients).contains("school-mis-" + s.urn()));
	}

}
