package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The local authority's term dates: terms, and the breaks and bank holidays inside them.
 * Reference data, read from a file (one row per period) so that a new year is a data
 * change, not a code change. Schools' own INSET days and closures come on top (see
 * {@link SchoolCalendar}).
 */
public final class TermDates {

	/** The Dorset Council term dates shipped with the service. */
	public static final String DORSET_RESOURCE = "/calendar/dorset-term-dates.csv";

	private final List<Period> periods;

	private final Set<AcademicYear> years;

	public TermDates(List<Period> periods) {
		this.periods = List.copyOf(periods);
		this.years = periods.stream()
			.filter((period) -> period.kind() == Kind.TERM)
			.map(Period::academicYear)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	public static TermDates dorset() {
		InputStream in = TermDates.class.getResourceAsStream(DORSET_RESOURCE);
		if (in == null) {
			throw new IllegalStateException(
					"the term dates file " + DORSET_RESOURCE + " is missing from the classpath");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads rows {@code academic year,kind,name,first day,last day}; blank lines and
	 * lines starting with # are ignored.
	 */
	public static TermDates parse(Reader source) throws IOException {
		List<Period> periods = new ArrayList<>();
		BufferedReader reader = new BufferedReader(source);
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] cells = trimmed.split("\\s*,\\s*");
			if (cells.length != 5) {
				throw new IllegalArgumentException("term dates line " + number
						+ ": expected academic year,kind,name,first day,last day; got '" + line + "'");
			}
			try {
				periods.add(new Period(AcademicYear.parse(cells[0]), Kind.valueOf(cells[1].toUpperCase(Locale.ROOT)),
						cells[2], LocalDate.parse(cells[3]), LocalDate.parse(cells[4])));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw new IllegalArgumentException("term dates line " + number + ": " + ex.getMessage(), ex);
			}
		}
		return new TermDates(periods);
	}

	/** Whether term dates are held for the academic year of this date. */
	public boolean covers(LocalDate date) {
		return this.years.contains(AcademicYear.of(date));
	}

	public Set<AcademicYear> years() {
		return this.years;
	}

	/** In a term, and not in a break or bank holiday inside it; weekends still count. */
	boolean inTermTime(LocalDate date) {
		boolean inTerm = false;
		for (Period period : this.periods) {
			if (period.contains(date)) {
				if (period.kind() != Kind.TERM) {
					return false;
				}
				inTerm = true;
			}
		}
		return inTerm;
	}

	public List<Period> periods() {
		return this.periods;
	}

	/** The term's first and last day in the local authority's calendar, if held. */
	public Optional<Period> term(AcademicYear year, Term term) {
		return this.periods.stream()
			.filter((period) -> period.academicYear().equals(year) && term.names(period))
			.findFirst();
	}

	public enum Kind {

		/** A term, from its first to its last day. */
		TERM,
		/** A half-term break inside a term. */
		HALF_TERM,
		/** A bank holiday falling inside a term. */
		BANK_HOLIDAY

	}

	public record Period(AcademicYear academicYear, Kind kind, String name, LocalDate firstDay, LocalDate lastDay) {

		public Period {
			if (lastDay.isBefore(firstDay)) {
				throw new IllegalArgumentException(name + " ends before it starts");
			}
			if (!academicYear.contains(firstDay) || !academicYear.contains(lastDay)) {
				throw new IllegalArgumentException(name + " is not inside academic year " + academicYear);
			}
		}

		boolean contains(LocalDate date) {
			return !date.isBefore(this.firstDay) && !date.isAfter(this.lastDay);
		}

	}

}
