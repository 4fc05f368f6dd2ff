package uk.gov.dorsetcouncil.edu.synthetic.measures;

import java.util.Locale;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.synthetic.measures.ExpectedFigures.Dimension;

/**
 * The expected figures as Markdown tables: Dorset's targets first, then every breakdown.
 */
public final class FiguresTable {

	private FiguresTable() {
	}

	public static String markdown(Measures measures) {
		StringBuilder out = new StringBuilder();
		out.append("| Figure | Dorset published | Source | Generated | Tolerance | Result |\n");
		out.append("|---|---|---|---|---|---|\n");
		for (DorsetFigures.Target target : DorsetFigures.TARGETS) {
			out.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %.2f | ± %.2f | %s |%n", target.figure(),
					target.published(), target.source(), target.generatedValue(measures), target.tolerance(),
					target.passes(measures) ? "pass" : "FAIL"));
		}
		out.append(
				"\n| Dimension | Group | Enrolments | Attendance % | Absence % | Authorised % | Unauthorised % | Persistent % | Severe % |\n");
		out.append("|---|---|---|---|---|---|---|---|---|\n");
		for (Map.Entry<Dimension, Map<String, Figures>> dimension : measures.figures().entrySet()) {
			for (Map.Entry<String, Figures> group : dimension.getValue().entrySet()) {
				Figures f = group.getValue();
				out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
						dimension.getKey(), group.getKey(), f.enrolments(), f.attendance(), f.overallAbsence(),
						f.authorisedAbsence(), f.unauthorisedAbsence(), f.persistentAbsence(), f.severeAbsence()));
			}
		}
		out.append("\nIllness (I) as % of possible sessions by month: ");
		measures.illnessByMonth()
			.forEach((month, rate) -> out.append(String.format(Locale.ROOT, "%s %.2f; ", month, rate)));
		out.append(String.format(Locale.ROOT, "%nUnresolved N marks: %d (%s to %s). Marks outside roll dates: %d.%n",
				measures.unresolvedMarks(), measures.firstUnresolved(), measures.lastUnresolved(),
				measures.marksOutsideRoll()));
		return out.toString();
	}

}
