package uk.gov.dorsetcouncil.edu.synthetic.measures;

import java.util.List;
import java.util.function.ToDoubleFunction;

import uk.gov.dorsetcouncil.edu.synthetic.measures.ExpectedFigures.Dimension;

/**
 * Dorset's published attendance figures (dorset-facts, "Attendance") that generated data
 * must reproduce, each with the tolerance it is held to and how to read the generated
 * value from the expected figures. Ratios compare a group with its counterpart so that a
 * shape from one year (2020/21, when absence was lower) can be held against another. The
 * calibration report and the tests both read this table.
 */
public final class DorsetFigures {

	/** One published figure and its tolerance (plus or minus, in the figure's unit). */
	public record Target(String id, String figure, double published, double tolerance, String source,
			ToDoubleFunction<Measures> generated) {

		public double generatedValue(Measures measures) {
			return this.generated.applyAsDouble(measures);
		}

		public boolean passes(Measures measures) {
			return Math.abs(generatedValue(measures) - this.published) <= this.tolerance;
		}

	}

	public static final List<Target> TARGETS = List.of(
			new Target("primary-attendance", "Primary attendance %", 94.0, 0.6, "2022/23",
					m -> m.get(Dimension.PHASE, "PRIMARY").attendance()),
			new Target("secondary-attendance", "Secondary attendance %", 89.7, 0.8, "2022/23",
					m -> m.get(Dimension.PHASE, "SECONDARY").attendance()),
			new Target("special-absence", "Special school absence %", 14.4, 2.5, "2020/21",
					m -> m.get(Dimension.PHASE, "SPECIAL").overallAbsence()),
			new Target("severe-absence", "Severe absence % of enrolments", 2.2, 0.4, "2022/23",
					m -> m.overall().severeAbsence()),
			new Target("persistent-absence", "Persistent absence % of enrolments", 22.5, 2.5,
					"autumn and spring 2021/22: 25%; the issue asks 20 to 25", m -> m.overall().persistentAbsence()),
			new Target("fsm-ratio", "FSM absence / non-FSM absence", 2.0, 0.3, "2020/21: 8% vs 4%",
					m -> ratio(m, Dimension.FREE_SCHOOL_MEALS, "FSM", "non-FSM")),
			new Target("ehc-absence", "EHC plan absence %", 14.0, 2.0, "2020/21",
					m -> m.get(Dimension.SEN, "E").overallAbsence()),
			new Target("sen-support-ratio", "SEN support absence / overall absence", 1.31, 0.25, "2020/21: 6% vs 4.57%",
					m -> m.get(Dimension.SEN, "K").overallAbsence() / m.overall().overallAbsence()),
			new Target("chesil-ratio", "Chesil absence / county absence", 1.15, 0.08,
					"autumn and spring 2021/22: 9.2% vs 8%", m -> locality(m, "CHESIL")),
			new Target("west-ratio", "West absence / county absence", 1.125, 0.08,
					"autumn and spring 2021/22: 9.0% vs 8%", m -> locality(m, "WEST")),
			new Target("north-ratio", "North absence / county absence", 0.8875, 0.06,
					"autumn and spring 2021/22: 7.1% vs 8%", m -> locality(m, "NORTH")),
			new Target("severe-y7-over-y6", "Severe absence Year 7 / Year 6", 1.71, 0.5, "2020/21: 1.2% vs 0.7%",
					m -> m.get(Dimension.YEAR_GROUP, "Y07").severeAbsence()
							/ m.get(Dimension.YEAR_GROUP, "Y06").severeAbsence()),
			new Target("boys-over-girls", "Boys' absence / girls' absence", 1.25, 0.15, "2020/21: 5% vs 4%",
					m -> ratio(m, Dimension.SEX, "M", "F")));

	private DorsetFigures() {
	}

	private static double ratio(Measures m, Dimension dimension, String group, String counterpart) {
		return m.get(dimension, group).overallAbsence() / m.get(dimension, counterpart).overallAbsence();
	}

	private static double locality(Measures m, String locality) {
		return m.get(Dimension.LOCALITY, locality).overallAbsence() / m.overall().overallAbsence();
	}

}
