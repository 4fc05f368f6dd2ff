package uk.gov.dorsetcouncil.edu.belonging.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The fields the belonging service's records share, read the one way: each problem added
 * to the list naming its field, nothing thrown until every field is read.
 */
public final class RequestFields {

	/** More planned reviews than a fortnightly review over a year is a typing slip. */
	public static final int MAX_REVIEW_DATES = 26;

	private RequestFields() {
	}

	/** The pupil's UPN, required. */
	public static Upn upn(String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation("upn", "the pupil's UPN is required"));
			return null;
		}
		Optional<String> problem = Upn.problemWith(value);
		problem.ifPresent(p -> invalid.add(new Violation("upn", p)));
		return problem.isPresent() ? null : new Upn(value);
	}

	/** A date written yyyy-MM-dd; an optional one may be left out but not given empty. */
	public static LocalDate date(String field, String value, boolean required, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid.add(new Violation(field, "a date is required, written yyyy-MM-dd"));
			}
			else if (value != null) {
				invalid.add(new Violation(field, "a date written yyyy-MM-dd, or leave it out"));
			}
			return null;
		}
		return DateBounds.parse(field, value, invalid);
	}

	/**
	 * Review dates: each after the start, none after the end, none twice, at most
	 * {@link #MAX_REVIEW_DATES}.
	 * @param whenNone the problem when none is given, or null when none may be
	 */
	public static List<LocalDate> reviewDates(List<String> values, String whenNone, LocalDate start, LocalDate end,
			List<Violation> invalid) {
		if (values == null || values.isEmpty()) {
			if (whenNone != null) {
				invalid.add(new Violation("reviewDates", whenNone));
			}
			return List.of();
		}
		if (values.size() > MAX_REVIEW_DATES) {
			invalid.add(new Violation("reviewDates", "at most " + MAX_REVIEW_DATES + " dates, not " + values.size()));
			return List.of();
		}
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String field = "reviewDates[" + i + "]";
			LocalDate date = date(field, values.get(i), true, invalid);
			if (date == null) {
				continue;
			}
			if (start != null && !date.isAfter(start)) {
				invalid.add(new Violation(field, "a review (" + date + ") comes after the start (" + start + ")"));
			}
			else if (end != null && date.isAfter(end)) {
				invalid.add(new Violation(field, "a review (" + date + ") comes by the end (" + end + ")"));
			}
			else if (dates.contains(date)) {
				invalid.add(new Violation(field, date + " is given twice"));
			}
			else {
				dates.add(date);
			}
		}
		return dates;
	}

	/** Refuses with a rule broken (422) naming the field. */
	public static void rule(String field, String detail) {
		throw ProblemException.ruleBroken(List.of(new Violation(field, detail)));
	}

}
