package uk.gov.dorsetcouncil.edu.synthetic;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.measures.DorsetFigures;
import uk.gov.dorsetcouncil.edu.synthetic.measures.ExpectedFigures.Dimension;
import uk.gov.dorsetcouncil.edu.synthetic.measures.Figures;
import uk.gov.dorsetcouncil.edu.synthetic.measures.Measures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated registers reproduce Dorset's published shapes. Sample: all 159 schools
 * with half of each year group (about 34,000 enrolments in scope) for the whole of
 * 2025/26, measured by the expected-figures calculator; each target's tolerance is in
 * {@link DorsetFigures}. A seed other than the report's guards against tuning to one.
 */
class PublishedShapesTest {

	private static Measures measures;

	@BeforeAll
	static void generate() {
		measures = SyntheticEducation.generate(31, Scale.dorset(0.5)).expectedFigures(SchoolDays.dorsetTermWeekdays());
	}

	static Stream<DorsetFigures.Target> targets() {
		return DorsetFigures.TARGETS.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	void withinTolerance(DorsetFigures.Target target) {
		assertThat(target.generatedValue(measures)).as(target.figure())
			.isBetween(target.published() - target.tolerance(), target.published() + target.tolerance());
	}

	@Test
	void chesilAndWestHighestNorthLowest() {
		Map<String, Figures> localities = measures.figures().get(Dimension.LOCALITY);
		Comparator<Map.Entry<String, Figures>> byAbsence = Comparator
			.comparingDouble(e -> e.getValue().overallAbsence());
		assertThat(localities.entrySet().stream().sorted(byAbsence.reversed()).limit(2).map(Map.Entry::getKey))
			.containsExactlyInAnyOrder("CHESIL", "WEST");
		assertThat(localities.entrySet().stream().min(byAbsence).orElseThrow().getKey()).isEqualTo("NORTH");
	}

	@Test
	void specialSchoolsAndLearningCentresFarBelowMainstream() {
		double secondary = measures.get(Dimension.PHASE, "SECONDARY").attendance();
		assertThat(measures.get(Dimension.PHASE, "SPECIAL").attendance()).isLessThan(secondary - 2);
		assertThat(measures.get(Dimension.PHASE, "ALTERNATIVE_PROVISION").attendance()).isLessThan(75);
	}

	/** Illness in December and January at least 1.4 times June and July's rate. */
	@Test
	void illnessPeaksInWinter() {
		Map<Month, Double> illness = measures.illnessByMonth();
		double winter = (illness.get(Month.DECEMBER) + illness.get(Month.JANUARY)) / 2;
		double summer = (illness.get(Month.JUNE) + illness.get(Month.JULY)) / 2;
		assertThat(winter).isGreaterThan(1.4 * summer);
	}

	/** Most N marks fall in the last week of the range; a few are never resolved. */
	@Test
	void unresolvedMarksNearTheEnd() {
		LocalDate end = Scale.dorset(0.5).to();
		assertThat(measures.unresolvedMarks()).isPositive();
		assertThat(measures.lastUnresolved()).isAfter(end.minusDays(14));
	}

	@Test
	void noMarksOutsideRollDates() {
		assertThat(measures.marksOutsideRoll()).isZero();
		assertThat(measures.marksForUnknownPupils()).isZero();
	}

}
