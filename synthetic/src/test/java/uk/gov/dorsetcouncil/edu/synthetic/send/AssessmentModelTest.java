package uk.gov.dorsetcouncil.edu.synthetic.send;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.SyntheticEducation;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of EHC needs assessment requests in the county: about England's rate, most plans
 * within 20 weeks, some late, a few with exceptions, every step in order and none after
 * the year's end; and the demo's few requests show each outcome.
 */
class AssessmentModelTest {

	static final LocalDate TO = LocalDate.of(2026, 7, 31);

	static List<Pupil> pupils;

	static List<GeneratedAssessment> year;

	@BeforeAll
	static void generate() {
		SyntheticEducation county = SyntheticEducation.generate(2026, Scale.DORSET);
		pupils = new ArrayList<>();
		for (School school : county.schools()) {
			pupils.addAll(county.pupils(school));
		}
		year = new AssessmentModel(2026).of(pupils, TO);
	}

	@Test
	void aboutEnglandsRateOfRequests() {
		assertThat((double) year.size() / pupils.size()).isBetween(0.012, 0.017);
	}

	@Test
	void mostPlansAreIssuedWithinTwentyWeeksSomeLateAFewWithExceptions() {
		// requests received at least 32 weeks before the end have had time to finish
		List<GeneratedAssessment> finished = year.stream()
			.filter(a -> a.receivedOn().isBefore(TO.minusWeeks(32)))
			.toList();
		List<GeneratedAssessment> issued = finished.stream().filter(a -> a.finalOn() != null).toList();
		long within = issued.stream().filter(a -> !a.finalOn().isAfter(a.receivedOn().plusWeeks(20))).count();
		long excepted = issued.stream().filter(a -> a.exception() != null).count();
		long refused = finished.stream().filter(a -> a.decidedOn() != null && !a.assess()).count();

		assertThat((double) within / issued.size()).isBetween(0.65, 0.85);
		assertThat((double) excepted / issued.size()).isBetween(0.04, 0.12);
		assertThat((double) refused / finished.size()).isBetween(0.15, 0.25);
		assertThat(issued.stream().filter(a -> a.exception() != null))
			.allSatisfy(a -> assertThat(a.finalOn()).isBeforeOrEqualTo(a.receivedOn()
				.plusWeeks(20)
				.plusDays(a.exception().to().toEpochDay() - a.exception().from().toEpochDay() + 1)));
	}

	@Test
	void everyStepIsInOrderAndNoneAfterTheYearsEnd() {
		assertThat(year).allSatisfy(a -> {
			assertThat(a.receivedOn()).isBetween(TO.minusDays(364), TO);
			List<LocalDate> inOrder = new ArrayList<>();
			inOrder.add(a.receivedOn());
			for (LocalDate step : new LocalDate[] { a.decidedOn(), a.issueDecidedOn(), a.draftOn(), a.commentsOn(),
					a.consultationOn(), a.finalOn() }) {
				if (step != null) {
					assertThat(step).isAfterOrEqualTo(inOrder.get(inOrder.size() - 1)).isBeforeOrEqualTo(TO);
					inOrder.add(step);
				}
			}
			a.advice().values().forEach(advice -> {
				assertThat(advice.askedOn()).isAfter(a.decidedOn()).isBeforeOrEqualTo(TO);
				if (advice.answeredOn() != null) {
					assertThat(advice.answeredOn()).isAfter(advice.askedOn()).isBeforeOrEqualTo(TO);
				}
			});
			if (a.exception() != null) {
				assertThat(a.exception().to()).isAfterOrEqualTo(a.exception().from().plusDays(13));
			}
			if (a.finalOn() != null) {
				assertThat(a.commentsOn()).isNotNull();
			}
		});
	}

	@Test
	void theDemosFewRequestsShowEachOutcome() {
		SyntheticEducation demo = SyntheticEducation.generate(2026, Scale.DEMO);
		List<Pupil> demoPupils = new ArrayList<>();
		demo.schools().forEach(school -> demoPupils.addAll(demo.pupils(school)));

		List<GeneratedAssessment> requests = new AssessmentModel(2026).of(demoPupils, Scale.DEMO.to());

		assertThat(requests).anySatisfy(a -> assertThat(a.exception()).isNotNull())
			.anySatisfy(a -> assertThat(a.assess()).isFalse())
			.anySatisfy(a -> assertThat(a.finalOn()).isNotNull());
	}

}
