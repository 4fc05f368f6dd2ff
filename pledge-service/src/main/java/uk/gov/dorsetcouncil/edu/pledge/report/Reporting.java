package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureValue;

/**
 * The Education Board's reports on the pledges (Education Strategy 2024 to 2027: "report
 * on our performance at each Dorset Education Board Meeting"; ADR 0039): made once per
 * meeting from the commitments and figures of that moment, each commitment's status
 * derived by the rules and compared with the previous report; an officer may override a
 * status with a reason.
 */
public class Reporting {

	private final CommitmentEditing commitments;

	private final MeasureReading measures;

	private final BoardReports reports;

	private final List<BoardMeeting> meetings;

	private final RagRules rules;

	private final Clock clock;

	public Reporting(CommitmentEditing commitments, MeasureReading measures, BoardReports reports,
			List<BoardMeeting> meetings, RagRules rules, Clock clock) {
		this.commitments = commitments;
		this.measures = measures;
		this.reports = reports;
		this.meetings = List.copyOf(meetings);
		this.rules = rules;
		this.clock = clock;
	}

	public List<BoardMeeting> meetings(Caller caller) {
		PledgeAccess.checkMayRead(caller);
		return this.meetings;
	}

	/**
	 * Makes the report for a meeting of the Board; refused for a meeting that is not
	 * held.
	 */
	public BoardReport produce(Caller caller, String meetingDate) {
		PledgeAccess.checkMayReport(caller);
		BoardMeeting meeting = meeting("meeting", meetingDate)
			.orElseThrow(() -> ProblemException.invalid("meeting", "is not a meeting of the Education Board; "
					+ "the meetings are " + this.meetings.stream().map(m -> m.date().toString()).toList()));
		if (this.reports.find(meeting.date()).isPresent()) {
			throw new ProblemException(Problem.CONFLICT, "the meeting of " + meeting.date()
					+ " has its report; an officer overrides a status rather than make it again");
		}
		Instant now = this.clock.instant();
		Optional<BoardReport> previous = this.reports.all()
			.stream()
			.filter(report -> report.meeting().isBefore(meeting.date()))
			.max(Comparator.comparing(BoardReport::meeting));
		Map<String, CommitmentLine> before = previous.map(Reporting::byKey).orElse(Map.of());
		List<CommitmentLine> lines = this.commitments.all(caller, Optional.empty(), now)
			.stream()
			.map(commitment -> line(commitment, this.measures.values(commitment, now, true),
					before.get(commitment.key()), previous.isPresent()))
			.toList();
		BoardReport report = new BoardReport(meeting.date(), meeting.title(), 1, now, caller.subject(),
				previous.map(BoardReport::meeting).orElse(null), this.rules, lines);
		if (!this.reports.create(report)) {
			throw new ProblemException(Problem.CONFLICT, "the meeting of " + meeting.date() + " has its report");
		}
		return report;
	}

	public BoardReport report(Caller caller, String meetingDate) {
		PledgeAccess.checkMayRead(caller);
		LocalDate date = date(meetingDate);
		return this.reports.find(date)
			.orElseThrow(() -> ProblemException.notFound("no report for a meeting on " + meetingDate));
	}

	/**
	 * The summer-term update to stakeholders, in plain language, from the report to the
	 * summer term's meeting; refused for a meeting of another term.
	 */
	public StakeholderUpdate stakeholderUpdate(Caller caller, String meetingDate) {
		PledgeAccess.checkMayRead(caller);
		LocalDate date = date(meetingDate);
		List<BoardMeeting> summers = this.meetings.stream().filter(m -> m.term() == BoardMeeting.Term.SUMMER).toList();
		BoardMeeting meeting = summers.stream()
			.filter(m -> m.date().equals(date))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid("meeting",
					"is not a summer term meeting of the Education Board: stakeholders are updated each summer term, "
							+ "at the meetings " + summers.stream().map(m -> m.date().toString()).toList()));
		return StakeholderUpdate.of(report(caller, meetingDate),
				"Our pledges: what we said and how it is going, summer " + meeting.date().getYear());
	}

	/** Every report made, by meeting. */
	public List<BoardReport> reports(Caller caller) {
		PledgeAccess.checkMayRead(caller);
		return this.reports.all().stream().sorted(Comparator.comparing(BoardReport::meeting)).toList();
	}

	/**
	 * An officer's status for a commitment in a report, in place of the derived one, with
	 * the reason.
	 */
	public BoardReport override(Caller caller, String meetingDate, String key, OverrideInput input) {
		PledgeAccess.checkMayReport(caller);
		BoardReport report = report(caller, meetingDate);
		String wanted = PledgeAccess.key(key);
		CommitmentLine line = report.commitments()
			.stream()
			.filter(held -> held.commitment().key().equals(wanted))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("the report has no commitment " + key));
		Fields fields = new Fields();
		Rag rag = fields.oneOf("status", (input != null) ? input.status() : null, Rag.class, true);
		String reason = fields.text("reason", (input != null) ? input.reason() : null, TextField.PARAGRAPHS, true);
		if (rag == Rag.NO_DATA) {
			fields.reject("status", "is GREEN, AMBER or RED: an officer's judgement, not an absence of data");
		}
		fields.throwIfAny();
		BoardReport next = report
			.withLine(line.overridden(new Override(rag, reason, caller.subject(), this.clock.instant())));
		if (!this.reports.replace(next)) {
			throw new ProblemException(Problem.CONFLICT,
					"the report was changed by someone else at the same moment; read it again");
		}
		return next;
	}

	private CommitmentLine line(CommitmentVersion commitment, List<MeasureValue> values, CommitmentLine before,
			boolean hadPrevious) {
		Map<String, Double> previousValues = (before == null) ? Map.of()
				: before.measures()
					.stream()
					.filter(m -> m.reading().value() != null)
					.collect(Collectors.toMap(m -> m.reading().measure().id(), m -> m.reading().value()));
		List<MeasureLine> lines = values.stream().map(value -> {
			Double previous = previousValues.get(value.measure().id());
			Double change = (previous != null && value.value() != null) ? value.value() - previous : null;
			return new MeasureLine(value, this.rules.measure(value.measure(), value.value()), previous, change);
		}).toList();
		Rag derived = RagRules.commitment(lines.stream().map(MeasureLine::rag).toList());
		Rag previous = (before != null) ? before.status() : (hadPrevious ? Rag.NO_DATA : null);
		return new CommitmentLine(commitment, lines, derived, null, previous, Movement.between(previous, derived));
	}

	private static Map<String, CommitmentLine> byKey(BoardReport report) {
		return report.commitments()
			.stream()
			.collect(Collectors.toMap(line -> line.commitment().key(), Function.identity()));
	}

	private Optional<BoardMeeting> meeting(String field, String value) {
		if (value == null || value.isBlank()) {
			throw ProblemException.invalid(field, "is required, the date of a meeting of the Education Board");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid(field, "is a date such as 2027-03-11");
		}
		return this.meetings.stream().filter(m -> m.date().equals(date)).findFirst();
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid("meeting", "is a date such as 2027-03-11");
		}
	}

}
