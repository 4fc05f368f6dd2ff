package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.ActionInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.MeasureInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.OwnerInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.SourceInput;

/**
 * The pledges as versioned data: reading any commitment as it stood at any time, and
 * changes by its owner or working group (ADR 0039), each written as the next version,
 * never over the last. A change that says nothing new writes nothing.
 */
public class CommitmentEditing {

	static final int MOST_MEASURES = 20;

	static final int MOST_ACTIONS = 50;

	private final CommitmentHistory history;

	private final Clock clock;

	public CommitmentEditing(CommitmentHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	/** Every commitment as it stood at {@code asOf} (those that existed then). */
	public List<CommitmentVersion> all(Caller caller, Optional<Pledge> pledge, Instant asOf) {
		PledgeAccess.checkMayRead(caller);
		return this.history.all()
			.stream()
			.filter(version -> pledge.isEmpty() || version.pledge() == pledge.get())
			.filter(version -> !version.recordedAt().isAfter(asOf))
			.collect(java.util.stream.Collectors.toMap(CommitmentVersion::key, v -> v,
					(a, b) -> (a.version() >= b.version()) ? a : b))
			.values()
			.stream()
			.sorted(Comparator.comparing(CommitmentVersion::pledge).thenComparing(CommitmentVersion::number))
			.toList();
	}

	/** One commitment as it stood at {@code asOf}. */
	public CommitmentVersion asOf(Caller caller, String key, Instant asOf) {
		PledgeAccess.checkMayRead(caller);
		return asOf(versions(key), key, asOf);
	}

	/** Every version of a commitment, oldest first. */
	public List<CommitmentVersion> versions(Caller caller, String key) {
		PledgeAccess.checkMayRead(caller);
		return versions(key);
	}

	/** The time now, by this service's clock. */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Writes the commitment's next version from the edit, after checking that the caller
	 * keeps it, that the version they read is the latest (when they say which) and every
	 * field; refused with every wrong field named, nothing stored.
	 */
	public CommitmentVersion edit(Caller caller, String key, CommitmentEdit edit, IfMatch ifMatch) {
		List<CommitmentVersion> versions = versions(key);
		CommitmentVersion current = versions.get(versions.size() - 1);
		PledgeAccess.checkMayEdit(caller, current);
		if (!ifMatch.equals(IfMatch.ABSENT) && !ifMatch.any() && !ifMatch.versions().contains(current.version())) {
			throw new ProblemException(Problem.PRECONDITION_FAILED, key + " is at version " + current.version()
					+ ", not the one read; read it again and apply the change to what it now says");
		}
		if (edit == null) {
			throw ProblemException.invalid("body", "is a commitment's status, owner, measures, actions and evidence");
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		Fields fields = new Fields();
		ProgressStatus status = fields.oneOf("status", edit.status(), ProgressStatus.class, true);
		Owner owner = owner(fields, edit.owner());
		List<Measure> measures = measures(fields, edit.measures());
		List<Action> actions = actions(fields, edit.actions(), today);
		List<Evidence> evidence = EvidenceReading.read(fields, "evidence", edit.evidence(), today);
		String note = fields.text("note", edit.note(), TextField.PARAGRAPHS, false);
		fields.throwIfAny();
		if (!Objects.equals(owner, current.owner()) && !caller.hasRole(current.workingGroup().role())) {
			throw ProblemException.forbidden("only the working group " + current.workingGroup().code()
					+ " names or changes a commitment's owner");
		}
		CommitmentVersion next = new CommitmentVersion(current.pledge(), current.number(), current.version() + 1,
				current.title(), current.wording(), current.workingGroup(), owner, status, measures, actions, evidence,
				note, caller.subject(), this.clock.instant());
		if (sameContent(current, next)) {
			return current;
		}
		if (!this.history.append(next)) {
			throw new ProblemException(Problem.CONFLICT,
					key + " was changed by someone else at the same moment; read it again and apply the change");
		}
		return next;
	}

	private static boolean sameContent(CommitmentVersion a, CommitmentVersion b) {
		return Objects.equals(a.owner(), b.owner()) && a.status() == b.status() && a.measures().equals(b.measures())
				&& a.actions().equals(b.actions()) && a.evidence().equals(b.evidence());
	}

	private List<CommitmentVersion> versions(String key) {
		List<CommitmentVersion> versions = this.history.versions(PledgeAccess.key(key));
		if (versions.isEmpty()) {
			throw ProblemException.notFound(
					"no commitment " + key + "; keys are STUDENT-1 to STUDENT-10 and " + "WORKFORCE-1 to WORKFORCE-7");
		}
		return versions;
	}

	static CommitmentVersion asOf(List<CommitmentVersion> versions, String key, Instant asOf) {
		return versions.stream()
			.filter(version -> !version.recordedAt().isAfter(asOf))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> ProblemException.notFound(key + " was not yet held at " + asOf));
	}

	private static Owner owner(Fields fields, OwnerInput input) {
		if (input == null) {
			return null;
		}
		String name = fields.text("owner.name", input.name(), TextField.LINE, true);
		String subject = fields.text("owner.subject", input.subject(), TextField.LINE, true);
		if (subject != null && !subject.matches("[\\x21-\\x7E]+")) {
			fields.reject("owner.subject", "is an account's subject: printable characters without spaces");
			subject = null;
		}
		return (name != null && subject != null) ? new Owner(name, subject) : null;
	}

	private static List<Measure> measures(Fields fields, List<MeasureInput> inputs) {
		List<Measure> measures = new ArrayList<>();
		if (inputs == null) {
			return measures;
		}
		if (inputs.size() > MOST_MEASURES) {
			fields.reject("measures", "holds at most " + MOST_MEASURES + " measures");
			return measures;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			String at = "measures[" + i + "]";
			MeasureInput input = inputs.get(i);
			if (input == null) {
				fields.reject(at, "is a measure, not null");
				continue;
			}
			String id = fields.code(at + ".id", input.id(), true);
			if (id != null && !ids.add(id)) {
				fields.reject(at + ".id", "is used by another measure of this commitment");
			}
			String name = fields.text(at + ".name", input.name(), TextField.LINE, true);
			String definition = fields.text(at + ".definition", input.definition(), TextField.PARAGRAPHS, true);
			MeasureSource source = source(fields, at + ".source", input.source());
			MeasureUnit unit = fields.oneOf(at + ".unit", input.unit(), MeasureUnit.class, true);
			if (unit != null && source != null && source.query() != null && source.query().unit() != unit) {
				fields.reject(at + ".unit",
						"is " + source.query().unit() + ": the query " + source.query() + " answers in it");
				unit = null;
			}
			Double target = fields.number(at + ".target", input.target(), true);
			if (target != null && unit != null && !unit.holds(target)) {
				fields.reject(at + ".target", "is in " + unit + ", " + unit.range());
				target = null;
			}
			Direction direction = fields.oneOf(at + ".direction", input.direction(), Direction.class, true);
			Frequency frequency = fields.oneOf(at + ".frequency", input.frequency(), Frequency.class, true);
			if (id != null && name != null && definition != null && source != null && unit != null && target != null
					&& direction != null && frequency != null) {
				measures.add(new Measure(id, name, definition, source, unit, target, direction, frequency));
			}
		}
		return measures;
	}

	private static MeasureSource source(Fields fields, String at, SourceInput input) {
		if (input == null) {
			fields.reject(at, "is required: every measure says where its values come from (kind PLATFORM with a "
					+ "query, or RECORDED with a description)");
			return null;
		}
		SourceKind kind = fields.oneOf(at + ".kind", input.kind(), SourceKind.class, true);
		if (kind == SourceKind.PLATFORM) {
			PlatformQuery query = fields.oneOf(at + ".query", input.query(), PlatformQuery.class, true);
			return (query != null) ? MeasureSource.platform(query) : null;
		}
		if (kind == SourceKind.RECORDED) {
			if (input.query() != null) {
				fields.reject(at + ".query", "is only for a PLATFORM source");
				return null;
			}
			String description = fields.text(at + ".description", input.description(), TextField.PARAGRAPHS, true);
			return (description != null) ? MeasureSource.recorded(description) : null;
		}
		return null;
	}

	private static List<Action> actions(Fields fields, List<ActionInput> inputs, LocalDate today) {
		List<Action> actions = new ArrayList<>();
		if (inputs == null) {
			return actions;
		}
		if (inputs.size() > MOST_ACTIONS) {
			fields.reject("actions", "holds at most " + MOST_ACTIONS + " actions");
			return actions;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			String at = "actions[" + i + "]";
			ActionInput input = inputs.get(i);
			if (input == null) {
				fields.reject(at, "is an action, not null");
				continue;
			}
			String id = fields.code(at + ".id", input.id(), true);
			if (id != null && !ids.add(id)) {
				fields.reject(at + ".id", "is used by another action of this commitment");
			}
			String description = fields.text(at + ".description", input.description(), TextField.PARAGRAPHS, true);
			String owner = fields.text(at + ".owner", input.owner(), TextField.LINE, true);
			LocalDate due = fields.date(at + ".due", input.due(), true);
			LocalDate done = fields.date(at + ".done", input.done(), false);
			if (done != null && done.isAfter(today)) {
				fields.reject(at + ".done", "is not after today");
				done = null;
			}
			if (id != null && description != null && owner != null && due != null) {
				actions.add(new Action(id, description, owner, due, done));
			}
		}
		return actions;
	}

}
