package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Tracking what 16 and 17 year olds are doing (s68 Education and Skills Act 2008) and the
 * DfE's "NEET or not known" measure from it ({@link NeetMeasure}). The LA's officers
 * record a young person's activity at a month's end; recording it again replaces it, so a
 * retry never counts twice.
 */
public final class NeetTracking {

	private final NeetStore store;

	private final SmallNumberSuppression suppression;

	private final Clock clock;

	public NeetTracking(NeetStore store, SmallNumberSuppression suppression, Clock clock) {
		this.store = store;
		this.suppression = suppression;
		this.clock = clock;
	}

	public NeetActivity record(Caller caller, String upnValue, String monthValue, String dateOfBirthValue,
			String activityValue) {
		RegisterAccess.checkMayKeep(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn upn = null;
		Optional<String> upnProblem = (upnValue == null) ? Optional.of("the young person's UPN is required")
				: Upn.problemWith(upnValue);
		if (upnProblem.isPresent()) {
			invalid.add(new Violation("upn", upnProblem.get()));
		}
		else {
			upn = new Upn(upnValue);
		}
		YearMonth month = month(monthValue, invalid);
		LocalDate born = DateBounds.parse("dateOfBirth", dateOfBirthValue, invalid);
		if (born == null && invalid.stream().noneMatch(v -> v.field().equals("dateOfBirth"))) {
			invalid.add(new Violation("dateOfBirth", "a date written yyyy-MM-dd is required"));
		}
		NeetActivity.Activity activity = null;
		try {
			activity = NeetActivity.Activity.valueOf(String.valueOf(activityValue));
		}
		catch (IllegalArgumentException unknown) {
			invalid.add(new Violation("activity", "one of EET, NEET, NOT_KNOWN, CUSTODY"));
		}
		if (month != null && month.isAfter(YearMonth.now(this.clock))) {
			invalid.add(new Violation("month", "a month that has begun, not " + month));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		int age = NeetActivity.academicAge(born, month);
		if (age < 16 || age > 17) {
			throw ProblemException.ruleBroken(List.of(new Violation("dateOfBirth", "academic age " + age + " in "
					+ month + " (age on 31 August before it); the measure tracks academic ages 16 and 17")));
		}
		NeetActivity recorded = new NeetActivity(upn, month, born, activity, caller.subject());
		this.store.save(recorded);
		return recorded;
	}

	/**
	 * The winter ending in February of {@code year}; suppressed for counts-only callers.
	 */
	public NeetMeasure.Result measure(Caller caller, int year) {
		RegisterAccess.checkMayCount(caller);
		SmallNumberSuppression rule = RegisterAccess.countsOnly(caller) ? this.suppression
				: SmallNumberSuppression.off();
		return NeetMeasure.of(year, this.store.of(NeetMeasure.monthsOf(year)), rule);
	}

	private static YearMonth month(String value, List<Violation> invalid) {
		if (value == null || !value.matches("[0-9]{4}-[0-9]{2}")) {
			invalid.add(new Violation("month", "a month written yyyy-MM is required"));
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(value);
			if (month.getYear() < 2000) {
				invalid.add(new Violation("month", "a month from 2000"));
				return null;
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			invalid.add(new Violation("month", "a month written yyyy-MM is required"));
			return null;
		}
	}

}
