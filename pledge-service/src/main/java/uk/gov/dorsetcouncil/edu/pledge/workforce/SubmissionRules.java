package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;

/**
 * What a school's workforce figures must be to be accepted (ADR 0046): every field
 * present; whole numbers within sane bounds; every part within its whole (inducted TAs
 * within TAs, respondents within headcount, agreeing within respondents, leavers within
 * headcount, posts filled within vacancies, full-time equivalent within headcount, days
 * lost within headcount times the term's weekdays); the school a URN; the term one the
 * platform knows and begun. Each wrong field is noted under {@code prefix} and its name,
 * so that a CSV's problems name the row ({@code rows[2].tasInducted}).
 */
public final class SubmissionRules {

	/** More staff than the largest school or trust in the county has. */
	public static final long MOST_STAFF = 5_000;

	/** More posts than a school advertises in a term. */
	public static final long MOST_VACANCIES = 1_000;

	private SubmissionRules() {
	}

	/**
	 * A submission as accepted: the school, the term and the figures.
	 */
	public record Accepted(String school, AcademicTerm term, StaffFigures figures) {
	}

	/**
	 * Reads a submission, noting every wrong field in {@code fields}.
	 * @return the accepted submission, or empty when any field was wrong
	 */
	public static Optional<Accepted> read(Fields fields, String prefix, SubmissionInput input, AcademicTerms terms,
			LocalDate today) {
		int before = problems(fields);
		String school = school(fields, prefix + "school", input.school());
		AcademicTerm term = term(fields, prefix + "term", input.term(), terms, today);
		Long headcount = whole(fields, prefix + "headcount", input.headcount(), 1, MOST_STAFF, "the most staff held");
		Double fte = fte(fields, prefix + "fte", input.fte(), headcount);
		Long respondents = part(fields, prefix + "respondents", input.respondents(), headcount, "headcount");
		Map<WellbeingStatement, Long> agreeing = new EnumMap<>(WellbeingStatement.class);
		for (WellbeingStatement statement : WellbeingStatement.values()) {
			agreeing.put(statement,
					part(fields, prefix + statement.field(), input.agreeing(statement), respondents, "respondents"));
		}
		Long daysLost = whole(fields, prefix + "stressDaysLost", input.stressDaysLost(), 0, MOST_STAFF * 400,
				"the most days held");
		if (daysLost != null && headcount != null && term != null && daysLost > headcount * term.weekdays()) {
			fields.reject(prefix + "stressDaysLost", "is at most headcount (" + headcount + ") times the term's "
					+ term.weekdays() + " weekdays, " + headcount * term.weekdays());
			daysLost = null;
		}
		Long tas = part(fields, prefix + "tas", input.tas(), headcount, "headcount");
		Long inducted = part(fields, prefix + "tasInducted", input.tasInducted(), tas, "tas");
		Long cpd = part(fields, prefix + "tasCompletedCpd", input.tasCompletedCpd(), tas, "tas");
		Long career = part(fields, prefix + "tasCareerProgressed", input.tasCareerProgressed(), tas, "tas");
		Long pay = part(fields, prefix + "tasPayProgressed", input.tasPayProgressed(), tas, "tas");
		Long vacancies = whole(fields, prefix + "vacancies", input.vacancies(), 0, MOST_VACANCIES,
				"the most posts held");
		Long filled = part(fields, prefix + "postsFilled", input.postsFilled(), vacancies, "vacancies");
		Long leavers = part(fields, prefix + "leavers", input.leavers(), headcount, "headcount");
		if (problems(fields) > before) {
			return Optional.empty();
		}
		return Optional.of(new Accepted(school, term, new StaffFigures(headcount, fte, respondents, agreeing, daysLost,
				tas, inducted, cpd, career, pay, vacancies, filled, leavers)));
	}

	private static int problems(Fields fields) {
		return fields.count();
	}

	private static String school(Fields fields, String field, String value) {
		if (value == null || value.isBlank()) {
			fields.reject(field, "is required, the school's URN");
			return null;
		}
		if (SchoolIdentifiers.urnProblem(value.strip()).isPresent()) {
			fields.reject(field, "is a school's URN, 6 digits");
			return null;
		}
		return value.strip();
	}

	private static AcademicTerm term(Fields fields, String field, String value, AcademicTerms terms, LocalDate today) {
		if (value == null || value.isBlank()) {
			fields.reject(field, "is required, a term such as " + terms.all().get(0).id());
			return null;
		}
		Optional<AcademicTerm> term = terms.find(value);
		if (term.isEmpty()) {
			fields.reject(field, "is a term the platform knows: " + terms.ids());
			return null;
		}
		if (term.get().firstDay().isAfter(today)) {
			fields.reject(field, "has not begun: it starts on " + term.get().firstDay());
			return null;
		}
		return term.get();
	}

	/** A whole number from {@code least} to {@code most}; null when absent or wrong. */
	static Long whole(Fields fields, String field, Long value, long least, long most, String mostMeans) {
		if (value == null) {
			fields.reject(field, "is required, a whole number");
			return null;
		}
		if (value < least) {
			fields.reject(field, "is at least " + least);
			return null;
		}
		if (value > most) {
			fields.reject(field, "is at most " + most + " (" + mostMeans + ")");
			return null;
		}
		return value;
	}

	/**
	 * A whole number from 0 to its whole; when the whole is itself wrong, only its own
	 * bounds are checked (the whole's problem is named already).
	 */
	static Long part(Fields fields, String field, Long value, Long whole, String wholeName) {
		if (whole == null) {
			return whole(fields, field, value, 0, MOST_STAFF, "the most staff held");
		}
		return whole(fields, field, value, 0, whole, "never more than " + wholeName);
	}

	private static Double fte(Fields fields, String field, Double value, Long headcount) {
		if (value == null) {
			fields.reject(field, "is required, a number of at most two decimal places");
			return null;
		}
		if (!Double.isFinite(value) || value <= 0) {
			fields.reject(field, "is more than 0");
			return null;
		}
		if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > 2) {
			fields.reject(field, "has at most two decimal places");
			return null;
		}
		long most = (headcount != null) ? headcount : MOST_STAFF;
		if (value > most) {
			fields.reject(field,
					"is at most " + most + " (never more than headcount: nobody works more than full " + "time)");
			return null;
		}
		return value;
	}

}
