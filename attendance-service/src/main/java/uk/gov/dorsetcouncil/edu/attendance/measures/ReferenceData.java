package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The comparator figures (national, South West, statistical neighbours) as data (ADR
 * 0011): those shipped with the service ({@link ReferenceFigure#held()}) overlaid by
 * those the local authority loads, a loaded figure replacing a shipped one with the same
 * comparator, measure, group and period. Nothing here computes or estimates a figure: a
 * comparator with none held is named as such in every summary.
 */
public final class ReferenceData implements ReferenceFigures {

	/** The comparators a summary shows, in the words the figures carry. */
	public enum Comparator {

		NATIONAL("national"), SOUTH_WEST("South West"), STATISTICAL_NEIGHBOURS("statistical neighbours");

		private final String label;

		Comparator(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** The DfE absence measures a reference figure may be of, all percentages. */
	public static final Set<String> MEASURES = Set.of("overall_absence_rate", "authorised_absence_rate",
			"unauthorised_absence_rate", "persistent_absence_rate", "severe_absence_rate", "attendance_rate");

	/** A period in a path: 2023-24-full-year, 2023-24-autumn-term, ... */
	private static final Pattern PERIOD = Pattern
		.compile("(\\d{4})-(\\d{2})-(full-year|autumn-term|spring-term|summer-term|autumn-and-spring-terms)");

	/** The same period as the shipped figures write it: 2023/24 full year (census). */
	private static final Pattern PERIOD_LABEL = Pattern.compile(
			"(\\d{4})/(\\d{2}) (full year|autumn term|spring term|summer term|autumn and spring terms) \\(census\\)");

	private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	static final int MAX_SOURCE = 300;

	private final List<ReferenceFigure> shipped;

	private final ReferenceFigureStore store;

	public ReferenceData(List<ReferenceFigure> shipped, ReferenceFigureStore store) {
		for (ReferenceFigure figure : shipped) {
			// A loaded figure replaces a shipped one only if both write the period alike.
			if (!PERIOD_LABEL.matcher(figure.period()).matches()) {
				throw new IllegalStateException("shipped reference figure " + key(figure)
						+ ": write the period like '2023/24 full year (census)'");
			}
		}
		this.shipped = List.copyOf(shipped);
		this.store = store;
	}

	/** A figure as sent, unchecked. */
	public record FigureDetails(Double value, String source, Boolean confirmed) {
	}

	/** Shipped figures overlaid by loaded ones, by comparator, measure, group, period. */
	@Override
	public List<ReferenceFigure> all() {
		Map<String, ReferenceFigure> held = new LinkedHashMap<>();
		this.shipped.forEach((figure) -> held.put(key(figure), figure));
		this.store.loaded().forEach((figure) -> held.put(key(figure), figure));
		return held.values()
			.stream()
			.sorted(java.util.Comparator.comparing(ReferenceFigure::comparator)
				.thenComparing(ReferenceFigure::measure)
				.thenComparing(ReferenceFigure::group)
				.thenComparing(ReferenceFigure::period))
			.toList();
	}

	/** Anyone who may see area figures may see what they are compared with. */
	public List<ReferenceFigure> list(Caller caller) {
		Access.requireAnyScope(caller, Access.ATTENDANCE_READ, Access.MEASURES_READ);
		return all();
	}

	/**
	 * Loads or corrects one figure; the local authority only, with {@code schools:write}.
	 * The same figure twice changes nothing.
	 * @param period a period as in a path, e.g. 2023-24-full-year
	 */
	public ReferenceFigure put(Caller caller, String comparator, String measure, String group, String period,
			FigureDetails details) {
		Access.requireCountyWide(caller, Access.SCHOOLS_WRITE);
		List<Violation> invalid = new ArrayList<>();
		Comparator parsedComparator = comparator(comparator, invalid);
		String parsedMeasure = (measure == null) ? "" : measure.strip().toLowerCase(Locale.ROOT);
		if (!MEASURES.contains(parsedMeasure)) {
			invalid.add(new Violation("measure", "one of "
					+ MEASURES.stream().sorted().collect(Collectors.joining(", ")) + "; not '" + measure + "'"));
		}
		String parsedGroup = (group == null) ? "" : group.strip().toLowerCase(Locale.ROOT);
		if (!GROUP.matcher(parsedGroup).matches()) {
			invalid.add(new Violation("group",
					"a group is 'all' or a lower-case name such as primary or fsm_eligible (1 to 40 letters, digits, _)"));
		}
		String periodLabel = periodLabel(period, invalid);
		Double value = (details == null) ? null : details.value();
		if (value == null || value.isNaN() || value < 0 || value > 100) {
			invalid.add(new Violation("value", "a percentage from 0 to 100"));
		}
		String source = (details == null || details.source() == null) ? "" : details.source().strip();
		if (source.isEmpty() || source.length() > MAX_SOURCE) {
			invalid.add(new Violation("source",
					"where the figure was published, 1 to " + MAX_SOURCE + " characters (never an estimate)"));
		}
		else if (source.contains("\n") || source.contains("\r")) {
			invalid.add(new Violation("source", "one line"));
		}
		if (details == null || details.confirmed() == null) {
			invalid.add(new Violation("confirmed",
					"true once checked against the DfE release, false for a secondary report"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		ReferenceFigure figure = new ReferenceFigure(parsedMeasure, parsedComparator.label(), parsedGroup, periodLabel,
				Math.round(value * 10) / 10.0, details.confirmed(), source);
		boolean same = this.store.loaded().stream().anyMatch(figure::equals);
		if (!same) {
			this.store.save(key(figure), figure);
		}
		return figure;
	}

	/** The comparators no figure is held for, so that a summary says so. */
	public static List<String> notHeld(List<ReferenceFigure> held) {
		Set<String> present = held.stream().map(ReferenceFigure::comparator).collect(Collectors.toSet());
		return Arrays.stream(Comparator.values())
			.map(Comparator::label)
			.filter((label) -> !present.contains(label))
			.toList();
	}

	/** Comparator, measure, group and period: one figure each. */
	public static String key(ReferenceFigure figure) {
		return String.join("|", figure.comparator(), figure.measure(), figure.group(), figure.period());
	}

	private static Comparator comparator(String value, List<Violation> invalid) {
		String name = (value == null) ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (Comparator comparator : Comparator.values()) {
			if (comparator.name().equals(name)) {
				return comparator;
			}
		}
		invalid.add(new Violation("comparator",
				"one of national, south-west, statistical-neighbours; not '" + value + "'"));
		return Comparator.NATIONAL;
	}

	private static String periodLabel(String value, List<Violation> invalid) {
		Matcher matcher = PERIOD.matcher((value == null) ? "" : value.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()
				|| (Integer.parseInt(matcher.group(1)) + 1) % 100 != Integer.parseInt(matcher.group(2))) {
			invalid.add(new Violation("period", "an academic year and what it covers, e.g. 2023-24-full-year, "
					+ "2023-24-autumn-term or 2023-24-autumn-and-spring-terms; not '" + value + "'"));
			return "";
		}
		return matcher.group(1) + "/" + matcher.group(2) + " " + matcher.group(3).replace('-', ' ') + " (census)";
	}

}
