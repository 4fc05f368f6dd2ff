package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;

/**
 * Schools' workforce figures (issue 17 part 3, ADR 0046): each school sends its own
 * staff's aggregates per term, as JSON or CSV, checked strictly and answered with a
 * receipt; a resubmission replaces the earlier one in the figures and both are kept; the
 * county's measures are published with small numbers hidden; a school sees its own beside
 * them.
 */
public class WorkforceReturns {

	private final WorkforceSubmissions submissions;

	private final AcademicTerms terms;

	private final int schoolsExpected;

	private final Clock clock;

	/**
	 * @param schoolsExpected how many schools are asked to submit each term: the "of M"
	 * in "N of M schools"
	 */
	public WorkforceReturns(WorkforceSubmissions submissions, AcademicTerms terms, int schoolsExpected, Clock clock) {
		if (schoolsExpected < 1) {
			throw new IllegalArgumentException("at least one school is expected to submit, not " + schoolsExpected);
		}
		this.submissions = submissions;
		this.terms = terms;
		this.schoolsExpected = schoolsExpected;
		this.clock = clock;
	}

	public AcademicTerms terms() {
		return this.terms;
	}

	/** One submission, as sent in JSON; problems name the field. */
	public WorkforceSubmission submit(Caller caller, SubmissionInput input) {
		if (input == null) {
			throw ProblemException.invalid("body", "is a school's figures for a term: " + SubmissionInput.FIELDS);
		}
		return submitAll(caller, List.of(input), List.of(), "").get(0);
	}

	/**
	 * The rows of a CSV, each a submission; problems name the row and column
	 * ({@code rows[2].tasInducted}), with those found reading the CSV (a cell that is no
	 * number), which a rule does not name again. Nothing is stored unless every row is
	 * accepted.
	 */
	public List<WorkforceSubmission> submitRows(Caller caller, List<SubmissionInput> rows, List<Violation> unread) {
		if (rows.isEmpty() && unread.isEmpty()) {
			throw ProblemException.invalid("body", "has a header and at least one row");
		}
		return submitAll(caller, rows, unread, "rows[");
	}

	private List<WorkforceSubmission> submitAll(Caller caller, List<SubmissionInput> rows, List<Violation> unread,
			String rowPrefix) {
		Fields fields = new Fields();
		WorkforceAccess.checkMaySubmit(caller, "school", null);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<SubmissionRules.Accepted> accepted = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		String[] submittedFor = new String[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			String prefix = rowPrefix.isEmpty() ? "" : rowPrefix + (i + 1) + "].";
			SubmissionInput row = rows.get(i);
			if (row == null) {
				fields.reject(rowPrefix.isEmpty() ? "body" : rowPrefix + (i + 1) + "]", "is a school's figures");
				continue;
			}
			String school = (row.school() == null || row.school().isBlank()) ? null : row.school().strip();
			submittedFor[i] = WorkforceAccess.checkMaySubmit(caller, prefix + "school", school);
			Optional<SubmissionRules.Accepted> read = SubmissionRules.read(fields, prefix, row, this.terms, today);
			if (read.isPresent()) {
				String key = read.get().school() + ":" + read.get().term().id();
				Integer first = seen.putIfAbsent(key, i + 1);
				if (first != null) {
					fields.reject(prefix + "school",
							"is sent for " + read.get().term().id() + " in row " + first + " too; one row a school");
				}
				accepted.add(read.get());
			}
		}
		Set<String> named = unread.stream().map(Violation::field).collect(Collectors.toSet());
		List<Violation> problems = new ArrayList<>(unread);
		fields.violations().stream().filter(v -> !named.contains(v.field())).forEach(problems::add);
		if (!problems.isEmpty()) {
			throw ProblemException.invalid(problems);
		}
		List<WorkforceSubmission> stored = new ArrayList<>();
		for (int i = 0; i < accepted.size(); i++) {
			stored.add(store(caller, accepted.get(i), submittedFor[i], now));
		}
		return stored;
	}

	private WorkforceSubmission store(Caller caller, SubmissionRules.Accepted accepted, String submittedFor,
			Instant now) {
		String term = accepted.term().id();
		List<WorkforceSubmission> earlier = this.submissions.of(accepted.school(), term);
		int sequence = earlier.size() + 1;
		String replaces = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).id();
		WorkforceSubmission submission = new WorkforceSubmission(
				WorkforceSubmission.id(accepted.school(), term, sequence), accepted.school(), term, sequence,
				accepted.figures(), now, caller.subject(), submittedFor,
				WorkforceSubmission.digest(accepted.school(), term, accepted.figures()), replaces);
		if (!this.submissions.append(submission)) {
			throw new ProblemException(Problem.CONFLICT, "figures for school " + accepted.school() + " and " + term
					+ " were received at the same moment from elsewhere; read them, then send again if still needed");
		}
		return submission;
	}

	/** A submission with its figures, for its school and the working group. */
	public Held submission(Caller caller, String id) {
		WorkforceAccess.checkMayRead(caller);
		WorkforceSubmission submission = this.submissions.find(id == null ? "" : id.strip())
			.orElseThrow(() -> ProblemException.notFound("no workforce submission '" + id + "'"));
		if (!WorkforceAccess.maySeeSchool(caller, submission.school())) {
			throw ProblemException.forbidden("a school's workforce figures are seen by that school and the local "
					+ "authority's Workforce Pledge working group only");
		}
		List<WorkforceSubmission> all = this.submissions.of(submission.school(), submission.term());
		String current = all.get(all.size() - 1).id();
		return new Held(submission, current.equals(submission.id()) ? null : current,
				all.stream().map(WorkforceSubmission::id).toList());
	}

	/**
	 * A submission and where it stands in its school and term's history.
	 *
	 * @param submission the submission
	 * @param replacedBy the submission now in force, when this one was replaced; null
	 * when it is in force
	 * @param history every submission of the school and term, oldest first
	 */
	public record Held(WorkforceSubmission submission, String replacedBy, List<String> history) {
	}

	/**
	 * The measures of a term (the current one when not named): the county's, small
	 * numbers hidden, and the school's own where the caller may see it.
	 */
	public TermMeasures measures(Caller caller, String termAsked, String schoolAsked) {
		Optional<String> school = WorkforceAccess.schoolShown(caller, schoolAsked);
		AcademicTerm term = term(termAsked);
		Map<String, WorkforceSubmission> latest = latest(term);
		List<StaffFigures> all = latest.values().stream().map(WorkforceSubmission::figures).toList();
		SchoolMeasures own = school.map(urn -> {
			WorkforceSubmission held = latest.get(urn);
			return new SchoolMeasures(urn, (held != null) ? held.id() : null, (held != null) ? held.receivedAt() : null,
					WorkforceTally.ownSchool().figures((held != null) ? List.of(held.figures()) : List.of()));
		}).orElse(null);
		return new TermMeasures(term, latest.size(), this.schoolsExpected, asOf(latest), provenance(latest),
				WorkforceTally.county().figures(all), own);
	}

	/** The county's figure of one measure for the term in progress, for the Board. */
	public CountyFigure countyFigure(WorkforceMeasure measure) {
		AcademicTerm term = current();
		Map<String, WorkforceSubmission> latest = latest(term);
		return new CountyFigure(term, latest.size(), this.schoolsExpected, asOf(latest), provenance(latest),
				WorkforceTally.county()
					.figure(measure, latest.values().stream().map(WorkforceSubmission::figures).toList()));
	}

	/**
	 * A measure's county figure with its provenance.
	 *
	 * @param term the term
	 * @param schoolsSubmitted N in "N of M schools"
	 * @param schoolsExpected M
	 * @param asOf when the latest figures it is made from were received (now when none)
	 * @param provenance "from school submissions, N of M schools, as of ..."
	 * @param figure the figure
	 */
	public record CountyFigure(AcademicTerm term, int schoolsSubmitted, int schoolsExpected, Instant asOf,
			String provenance, MeasureFigure figure) {
	}

	/**
	 * A term's measures.
	 *
	 * @param term the term
	 * @param schoolsSubmitted how many schools have submitted for it
	 * @param schoolsExpected how many are asked to
	 * @param asOf when the latest figures were received (now when none)
	 * @param provenance in words
	 * @param county the county's figures, small numbers hidden
	 * @param school the school's own, when the caller may see them; null otherwise
	 */
	public record TermMeasures(AcademicTerm term, int schoolsSubmitted, int schoolsExpected, Instant asOf,
			String provenance, List<MeasureFigure> county, SchoolMeasures school) {
	}

	/**
	 * A school's own figures for a term.
	 *
	 * @param school its URN
	 * @param submission the submission in force, or null when it has not submitted
	 * @param receivedAt when that was received
	 * @param figures its measures, in full
	 */
	public record SchoolMeasures(String school, String submission, Instant receivedAt, List<MeasureFigure> figures) {
	}

	private AcademicTerm term(String asked) {
		if (asked == null || asked.isBlank()) {
			return current();
		}
		return this.terms.find(asked)
			.orElseThrow(() -> ProblemException.invalid("term", "is a term the platform knows: " + this.terms.ids()));
	}

	private AcademicTerm current() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.terms.current(today).orElse(this.terms.all().get(0));
	}

	private Map<String, WorkforceSubmission> latest(AcademicTerm term) {
		return this.submissions.ofTerm(term.id())
			.stream()
			.collect(Collectors.toMap(WorkforceSubmission::school, Function.identity(),
					(a, b) -> (a.sequence() >= b.sequence()) ? a : b));
	}

	private Instant asOf(Map<String, WorkforceSubmission> latest) {
		return latest.values()
			.stream()
			.map(WorkforceSubmission::receivedAt)
			.max(Comparator.naturalOrder())
			.orElseGet(this.clock::instant);
	}

	private String provenance(Map<String, WorkforceSubmission> latest) {
		return "from school submissions, " + latest.size() + " of " + this.schoolsExpected + " schools, as of "
				+ asOf(latest);
	}

}
