package uk.gov.dorsetcouncil.edu.pledge.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Evidence;
import uk.gov.dorsetcouncil.edu.pledge.commitment.EvidenceReading;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Measure;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.pledge.commitment.SourceKind;

/**
 * The values of a commitment's measures (ADR 0039): a platform measure asked of its
 * owning service now, a recorded measure's latest value recorded by then. A platform
 * figure of a past time is not asked again (the services answer for now): the Board's
 * reports keep the figures they showed, and a past reading says so rather than show
 * today's figure as yesterday's.
 */
public class MeasureReading {

	private final CommitmentEditing commitments;

	private final RecordedValues recorded;

	private final PlatformFigures platform;

	private final Clock clock;

	public MeasureReading(CommitmentEditing commitments, RecordedValues recorded, PlatformFigures platform,
			Clock clock) {
		this.commitments = commitments;
		this.recorded = recorded;
		this.platform = platform;
		this.clock = clock;
	}

	/** The commitment's measures with their values at {@code asOf}, or now when null. */
	public List<MeasureValue> values(Caller caller, String key, Instant asOf) {
		Instant at = (asOf != null) ? asOf : this.clock.instant();
		return values(this.commitments.asOf(caller, key, at), at, asOf == null);
	}

	/**
	 * The values of a commitment's measures at a time.
	 * @param live whether platform measures are asked now (only for the present)
	 */
	public List<MeasureValue> values(CommitmentVersion commitment, Instant at, boolean live) {
		List<RecordedValue> held = this.recorded.ofCommitment(commitment.key());
		return commitment.measures().stream().map(measure -> value(measure, held, at, live)).toList();
	}

	private MeasureValue value(Measure measure, List<RecordedValue> held, Instant at, boolean live) {
		if (measure.source().kind() == SourceKind.PLATFORM) {
			if (!live) {
				PlatformFigure past = new PlatformFigure(ValueState.UNAVAILABLE, null,
						measure.source().query().service(), measure.source().query().asked(), null, at.toString(),
						"a platform figure is asked for the present only; the Board's reports keep the figures they showed");
				return new MeasureValue(measure, ValueState.UNAVAILABLE, null, past, null);
			}
			PlatformFigure figure = this.platform.figure(measure.source().query());
			return new MeasureValue(measure, figure.state(), figure.value(), figure, null);
		}
		return held.stream()
			.filter(value -> value.measure().equals(measure.id()) && !value.recordedAt().isAfter(at))
			.max(Comparator.comparing(RecordedValue::observedOn).thenComparing(RecordedValue::recordedAt))
			.map(value -> new MeasureValue(measure, ValueState.AVAILABLE, value.value(), null, value))
			.orElseGet(() -> new MeasureValue(measure, ValueState.NOT_RECORDED, null, null, null));
	}

	/**
	 * Records a value by hand for a measure whose source is {@code RECORDED}, by the
	 * commitment's owner or working group, with its period, the day it describes (not
	 * after today), a value inside the measure's unit and at least one piece of evidence.
	 */
	public RecordedValue record(Caller caller, String key, String measureId, ValueInput input) {
		Instant now = this.clock.instant();
		CommitmentVersion commitment = this.commitments.asOf(caller, key, now);
		PledgeAccess.checkMayEdit(caller, commitment);
		Measure measure = commitment.measure(measureId)
			.orElseThrow(() -> ProblemException.notFound(commitment.key() + " has no measure '" + measureId + "'"));
		if (measure.source().kind() != SourceKind.RECORDED) {
			throw ProblemException
				.ruleBroken(List.of(new Violation("measureId", "is computed from " + measure.source().query().service()
						+ "; only a measure whose source is RECORDED takes values by hand")));
		}
		if (input == null) {
			throw ProblemException.invalid("body", "is a value: period, observedOn, value, evidence");
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Fields fields = new Fields();
		String period = fields.text("period", input.period(), TextField.LINE, true);
		LocalDate observedOn = fields.date("observedOn", input.observedOn(), true);
		if (observedOn != null && observedOn.isAfter(today)) {
			fields.reject("observedOn", "is not after today");
		}
		Double value = fields.number("value", input.value(), true);
		if (value != null && !measure.unit().holds(value)) {
			fields.reject("value", "is in " + measure.unit() + ", " + measure.unit().range());
		}
		List<Evidence> evidence = EvidenceReading.read(fields, "evidence", input.evidence(), today);
		if (input.evidence() == null || input.evidence().isEmpty()) {
			fields.reject("evidence", "is required: a value recorded by hand rests on at least one piece of evidence");
		}
		String note = fields.text("note", input.note(), TextField.PARAGRAPHS, false);
		fields.throwIfAny();
		List<RecordedValue> held = this.recorded.ofCommitment(commitment.key());
		RecordedValue recorded = new RecordedValue(String.format("%s:%06d", commitment.key(), held.size() + 1),
				commitment.key(), measure.id(), period, observedOn, value, evidence, note, caller.subject(), now);
		if (!this.recorded.append(recorded)) {
			throw new ProblemException(Problem.CONFLICT,
					"another value was recorded for " + commitment.key() + " at the same moment; send it again");
		}
		return recorded;
	}

}
