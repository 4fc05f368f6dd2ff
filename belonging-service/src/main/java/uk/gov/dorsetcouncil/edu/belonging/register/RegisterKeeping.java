package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Rolls;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Keeping the registers: entries opened by officers or by attendance's deletion returns,
 * their enquiries and dated steps, closed by hand or by a new-pupil return. Every refusal
 * is a problem naming the field, nothing stored: input first (400), then the rules that
 * need the roll or the child's other entries (409, 422).
 */
public final class RegisterKeeping {

	/**
	 * Days from opening to the first enquiry (ADR 0030; the guidance says "as soon as
	 * possible").
	 */
	static final int FIRST_ENQUIRY_DAYS = 10;

	/** EHE: days from the notice for the LA's consent (ADR 0030). */
	static final int CONSENT_DAYS = 10;

	/** EA 1996 s437(1): not less than 15 days for the parent to answer the notice. */
	static final int PARENT_RESPONSE_DAYS = 15;

	/** Days after the parent's window for the LA to decide on an order (ADR 0030). */
	static final int ORDER_DECISION_DAYS = 10;

	/** Days from the order to the child's registration at the named school (ADR 0030). */
	static final int ORDER_COMPLIANCE_DAYS = 15;

	/** Fair Access: days from referral to the panel's decision (ADR 0030). */
	static final int PANEL_DAYS = 20;

	/**
	 * Fair Access: days from the decision to the child on the named school's roll (ADR
	 * 0030).
	 */
	static final int ON_ROLL_DAYS = 20;

	/** Who opens an entry from a deletion return. */
	static final String FROM_ATTENDANCE = "attendance";

	private final RegisterStore store;

	private final Rolls rolls;

	private final Localities localities;

	private final SmallNumberSuppression suppression;

	private final LostRaceRetry retry;

	private final Clock clock;

	public RegisterKeeping(RegisterStore store, Rolls rolls, Localities localities, SmallNumberSuppression suppression,
			LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.rolls = rolls;
		this.localities = localities;
		this.suppression = suppression;
		this.retry = retry;
		this.clock = clock;
	}

	/** Opens an entry; one open entry of a kind per child. */
	public RegisterEntry open(Caller caller, RegisterRequest request) {
		RegisterAccess.checkMayKeep(caller);
		LocalDate today = today();
		List<Violation> invalid = new ArrayList<>();
		RegisterKind kind = named(RegisterKind.class, "kind", request.kind(), invalid);
		Upn upn = upn(request.upn(), invalid);
		String schoolLeft = urn("schoolLeftUrn", request.schoolLeftUrn(), invalid);
		LocalDate openedOn = required("openedOn", request.openedOn(), invalid);
		notAfter("openedOn", openedOn, today, invalid);
		boolean ehe = kind == RegisterKind.ELECTIVE_HOME_EDUCATION;
		LocalDate notice = DateBounds.parse("noticeDate", request.noticeDate(), invalid);
		if (kind != null && !ehe) {
			onlyForHomeEducation("noticeDate", request.noticeDate(), invalid);
			onlyForHomeEducation("specialSchool", request.specialSchool(), invalid);
			onlyForHomeEducation("ehcPlan", request.ehcPlan(), invalid);
		}
		if (ehe) {
			if (schoolLeft == null && invalid.stream().noneMatch(v -> v.field().equals("schoolLeftUrn"))) {
				invalid.add(new Violation("schoolLeftUrn", "home education is registered with the school left"));
			}
			if (notice == null && invalid.stream().noneMatch(v -> v.field().equals("noticeDate"))) {
				invalid
					.add(new Violation("noticeDate", "the date the parent's written notice was received is required"));
			}
			if (notice != null && openedOn != null && notice.isAfter(openedOn)) {
				invalid.add(new Violation("noticeDate",
						"the notice (" + notice + ") comes before the entry is opened (" + openedOn + "), not after"));
			}
		}
		String reason = TextField.LINE.check("reason", request.reason(), invalid);
		boolean reasonNeeded = kind == RegisterKind.CHILD_MISSING_EDUCATION || kind == RegisterKind.NO_SCHOOL_PLACE;
		if (reasonNeeded && (reason == null || reason.isBlank())
				&& invalid.stream().noneMatch(v -> v.field().equals("reason"))) {
			invalid.add(new Violation("reason", "an entry opened by hand says why"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		// The school left is attendance's to confirm: the child was on its roll when the
		// notice came. A UPN attendance holds on no roll is refused here too.
		if (ehe && !this.rolls.onRoll(schoolLeft, upn, notice)) {
			rule("upn", "pupil " + upn.value() + " is not on the roll of school " + schoolLeft + " on " + notice
					+ ", the notice's date");
		}
		boolean consent = ehe && Boolean.TRUE.equals(request.specialSchool()) && Boolean.TRUE.equals(request.ehcPlan());
		List<RegisterStep> steps = new ArrayList<>();
		if (kind == RegisterKind.FAIR_ACCESS) {
			steps.add(RegisterStep.due(RegisterStepKind.PANEL_DECISION, openedOn.plusDays(PANEL_DAYS)));
		}
		else if (kind != RegisterKind.NO_SCHOOL_PLACE) {
			steps.add(RegisterStep.due(RegisterStepKind.FIRST_ENQUIRY, openedOn.plusDays(FIRST_ENQUIRY_DAYS)));
		}
		if (consent) {
			steps.add(RegisterStep.due(RegisterStepKind.LA_CONSENT, notice.plusDays(CONSENT_DAYS)));
		}
		String note = (reason == null || reason.isBlank()) ? null : reason;
		return this.retry.untilWon("register-entry", () -> {
			PupilRegisters held = this.store.find(upn);
			checkNoneOpen(held, kind);
			Instant now = this.clock.instant();
			RegisterEntry entry = new RegisterEntry(held.nextId(), kind, upn, schoolLeft, openedOn,
					RegisterEntry.Source.OFFICER, note, notice, consent, null, null, null, null, null, List.of(), steps,
					caller.subject(), now);
			return save(held.with(entry), RegisterChanges.opened(entry, held.version() + 1, now), entry);
		}, () -> "pupil " + upn.value() + "'s register entries kept changing");
	}

	/** Records a step as done, with what it decided and the school it names. */
	public RegisterEntry recordStep(Caller caller, String id, String stepName, String doneOnValue, String outcome,
			String schoolUrnValue) {
		RegisterAccess.checkMayKeep(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		RegisterStepKind kind = named(RegisterStepKind.class, "step", stepName, invalid);
		LocalDate doneOn = required("doneOn", doneOnValue, invalid);
		notAfter("doneOn", doneOn, today(), invalid);
		String school = urn("schoolUrn", schoolUrnValue, invalid);
		if (kind != null) {
			checkOutcome(kind, outcome, invalid);
			boolean names = "SCHOOL_NAMED".equals(outcome) || "ORDER_SERVED".equals(outcome);
			if (names && school == null && invalid.stream().noneMatch(v -> v.field().equals("schoolUrn"))) {
				invalid.add(new Violation("schoolUrn", outcome + " names the school"));
			}
			if (!names && schoolUrnValue != null) {
				invalid.add(new Violation("schoolUrn", "only a panel naming a school or an order served names one"));
			}
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return change(upn, id, held -> {
			RegisterEntry entry = entryOf(held, id);
			RegisterStep step = entry.step(kind)
				.orElseThrow(() -> ProblemException
					.ruleBroken(List.of(new Violation("step", "entry " + id + " has no " + kind + " step (its steps: "
							+ entry.steps().stream().map(s -> s.kind().name()).toList() + ")"))));
			if (step.done()) {
				if (step.doneDate().equals(doneOn) && java.util.Objects.equals(step.outcome(), outcome)) {
					return Optional.empty();
				}
				conflict("doneOn", kind + " was recorded as done on " + step.doneDate() + " already");
			}
			notBeforeOpening("doneOn", entry, doneOn);
			RegisterEntry done = entry.withStep(step.doneOn(doneOn, outcome));
			if ("SCHOOL_NAMED".equals(outcome)) {
				done = done.withSchoolNamed(school)
					.withStep(RegisterStep.due(RegisterStepKind.ON_ROLL, doneOn.plusDays(ON_ROLL_DAYS)));
			}
			if ("ORDER_SERVED".equals(outcome)) {
				done = done.withSchoolNamed(school)
					.withStep(RegisterStep.due(RegisterStepKind.ORDER_COMPLIANCE,
							doneOn.plusDays(ORDER_COMPLIANCE_DAYS)));
			}
			return Optional.of(new Updated(done, kind.name() + "_DONE"));
		});
	}

	/**
	 * EA 1996 s437(1): the LA serves notice that the child appears not to be receiving
	 * suitable education; the parent then has 15 days, and the LA decides on an order.
	 */
	public RegisterEntry serveNoticeOfIntention(Caller caller, String id, String servedOnValue) {
		RegisterAccess.checkMayKeep(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate servedOn = required("servedOn", servedOnValue, invalid);
		notAfter("servedOn", servedOn, today(), invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return change(upn, id, held -> {
			RegisterEntry entry = entryOf(held, id);
			if (entry.kind() != RegisterKind.ELECTIVE_HOME_EDUCATION
					&& entry.kind() != RegisterKind.CHILD_MISSING_EDUCATION) {
				rule("servedOn",
						"a school attendance order is for a child at home or missing education, not " + entry.kind());
			}
			Optional<RegisterStep> served = entry.step(RegisterStepKind.PARENT_RESPONSE);
			LocalDate windowEnds = servedOn.plusDays(PARENT_RESPONSE_DAYS);
			if (served.isPresent()) {
				if (served.get().dueDate().equals(windowEnds)) {
					return Optional.empty();
				}
				conflict("servedOn", "a notice of intention was served already, the parent's window ending "
						+ served.get().dueDate());
			}
			if (!entry.open()) {
				rule("servedOn", "entry " + id + " is closed");
			}
			notBeforeOpening("servedOn", entry, servedOn);
			RegisterEntry noticed = entry.withStep(RegisterStep.due(RegisterStepKind.PARENT_RESPONSE, windowEnds))
				.withStep(RegisterStep.due(RegisterStepKind.ORDER_DECISION, windowEnds.plusDays(ORDER_DECISION_DAYS)));
			return Optional.of(new Updated(noticed, "NOTICE_OF_INTENTION"));
		});
	}

	/**
	 * Adds a line to the enquiry log; the first one done is the first enquiry step. The
	 * same line sent again is the same answer.
	 */
	public RegisterEntry logEnquiry(Caller caller, String id, String dateValue, String actionValue,
			String outcomeValue) {
		RegisterAccess.checkMayKeep(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate date = required("date", dateValue, invalid);
		notAfter("date", date, today(), invalid);
		String action = TextField.LINE.check("action", actionValue, invalid);
		if ((action == null || action.isBlank()) && invalid.stream().noneMatch(v -> v.field().equals("action"))) {
			invalid.add(new Violation("action", "what was done is required"));
		}
		String outcome = TextField.LINE.check("outcome", outcomeValue, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		String said = (outcome == null || outcome.isBlank()) ? null : outcome;
		return change(upn, id, held -> {
			RegisterEntry entry = entryOf(held, id);
			Enquiry enquiry = new Enquiry(date, action, said, caller.subject());
			boolean again = entry.enquiries()
				.stream()
				.anyMatch(e -> e.date().equals(date) && e.action().equals(action)
						&& java.util.Objects.equals(e.outcome(), said));
			if (again) {
				return Optional.empty();
			}
			notBeforeOpening("date", entry, date);
			RegisterEntry logged = entry.withEnquiry(enquiry);
			Optional<RegisterStep> first = logged.step(RegisterStepKind.FIRST_ENQUIRY).filter(s -> !s.done());
			if (first.isPresent()) {
				logged = logged.withStep(first.get().doneOn(date, null));
			}
			return Optional.of(new Updated(logged, "ENQUIRY"));
		});
	}

	/**
	 * Closes an entry by hand, with a reason. Closing it again the same way is the same
	 * answer.
	 */
	public RegisterEntry close(Caller caller, String id, String closedOnValue, String reasonName, String noteValue) {
		RegisterAccess.checkMayKeep(caller);
		Upn upn = upnOf(id);
		List<Violation> invalid = new ArrayList<>();
		LocalDate closedOn = required("closedOn", closedOnValue, invalid);
		notAfter("closedOn", closedOn, today(), invalid);
		ClosureReason reason = named(ClosureReason.class, "reason", reasonName, invalid);
		String note = TextField.LINE.check("note", noteValue, invalid);
		boolean noNote = note == null || note.isBlank();
		if (reason == ClosureReason.OTHER && noNote && invalid.stream().noneMatch(v -> v.field().equals("note"))) {
			invalid.add(new Violation("note", "closing for another reason says which"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		String said = noNote ? null : note;
		return change(upn, id, held -> {
			RegisterEntry entry = entryOf(held, id);
			if (!entry.open()) {
				if (entry.closedOn().equals(closedOn) && entry.closureReason() == reason) {
					return Optional.empty();
				}
				conflict("closedOn", "entry " + id + " was closed on " + entry.closedOn() + " (" + entry.closureReason()
						+ ") already");
			}
			notBeforeOpening("closedOn", entry, closedOn);
			return Optional.of(new Updated(entry.closed(closedOn, reason, said), "CLOSED"));
		});
	}

	public RegisterEntry find(Caller caller, String id) {
		RegisterAccess.checkMayRead(caller);
		RegisterEntry entry = this.store.find(upnOf(id))
			.find(id)
			.orElseThrow(() -> ProblemException.notFound("no register entry " + id));
		if (!RegisterAccess.visibleTo(caller, this.localities).test(entry)) {
			throw ProblemException.notFound("no register entry " + id + " released to you");
		}
		return entry;
	}

	/** The child's entries the caller may see, in the order opened. */
	public List<RegisterEntry> ofPupil(Caller caller, String upnValue) {
		RegisterAccess.checkMayRead(caller);
		Upn upn = Upn.parse("upn", upnValue);
		Predicate<RegisterEntry> visible = RegisterAccess.visibleTo(caller, this.localities);
		return this.store.find(upn).entries().stream().filter(visible).toList();
	}

	/**
	 * The child's entries for the profile (the caller's rights checked by the caller's
	 * service).
	 */
	public List<RegisterEntry> ofPupil(Upn upn) {
		return this.store.find(upn).entries();
	}

	/**
	 * Entries of a register the caller may see, open ones only when asked; earliest
	 * opened first.
	 */
	public List<RegisterEntry> list(Caller caller, String kindName, boolean openOnly) {
		RegisterAccess.checkMayRead(caller);
		List<Violation> invalid = new ArrayList<>();
		RegisterKind kind = (kindName == null) ? null : named(RegisterKind.class, "kind", kindName, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		Predicate<RegisterEntry> visible = RegisterAccess.visibleTo(caller, this.localities);
		List<RegisterEntry> found = new ArrayList<>();
		this.store.forEach(pupil -> pupil.entries()
			.stream()
			.filter(entry -> kind == null || entry.kind() == kind)
			.filter(entry -> !openOnly || entry.open())
			.filter(visible)
			.forEach(found::add));
		found.sort(Comparator.comparing(RegisterEntry::openedOn).thenComparing(RegisterEntry::id));
		return found;
	}

	/**
	 * Steps not done (those someone must do) falling due in the period, and with
	 * {@code overdue} those before it, of open entries the caller may see; earliest
	 * first. A school sees none: every register step is the LA's or the parent's.
	 */
	public List<DueRegisterStep> stepsDue(Caller caller, LocalDate from, LocalDate to, boolean overdue) {
		if (caller.actsForSchool()) {
			return List.of();
		}
		RegisterAccess.checkMayRead(caller);
		Predicate<RegisterEntry> visible = RegisterAccess.visibleTo(caller, this.localities);
		List<DueRegisterStep> due = new ArrayList<>();
		this.store.forEach(pupil -> pupil.entries()
			.stream()
			.filter(RegisterEntry::open)
			.filter(visible)
			.forEach(entry -> entry.steps()
				.stream()
				.filter(step -> !step.done() && step.kind().listedAsDeadline())
				.filter(step -> !step.dueDate().isAfter(to) && (overdue || !step.dueDate().isBefore(from)))
				.forEach(step -> due.add(new DueRegisterStep(entry, step)))));
		due.sort(Comparator.comparing((DueRegisterStep d) -> d.step().dueDate())
			.thenComparing(d -> d.entry().id())
			.thenComparing(d -> d.step().kind()));
		return due;
	}

	/**
	 * The county's open entries by register, and those opened since {@code since}, with
	 * the DfE's small-number suppression for a caller who reads counts only (the
	 * Education Board analyst): the counts of each table and their total are tied, so a
	 * hidden count cannot be recovered by subtraction.
	 */
	public RegisterCounts counts(Caller caller, LocalDate since) {
		RegisterAccess.checkMayCount(caller);
		RegisterKind[] kinds = RegisterKind.values();
		long[][] open = new long[1][kinds.length];
		long[][] opened = new long[1][kinds.length];
		this.store.forEach(pupil -> pupil.entries().forEach(entry -> {
			if (entry.open()) {
				open[0][entry.kind().ordinal()]++;
			}
			if (!entry.openedOn().isBefore(since)) {
				opened[0][entry.kind().ordinal()]++;
			}
		}));
		SmallNumberSuppression rule = RegisterAccess.countsOnly(caller) ? this.suppression
				: SmallNumberSuppression.off();
		return new RegisterCounts(since, published(rule, kinds, open), published(rule, kinds, opened),
				this.clock.instant());
	}

	private static List<RegisterCounts.Row> published(SmallNumberSuppression rule, RegisterKind[] kinds,
			long[][] counts) {
		Figures.Table table = Figures.table(counts);
		SmallNumberSuppression.Suppressed shown = rule.apply(table.figures());
		List<RegisterCounts.Row> rows = new ArrayList<>();
		for (RegisterKind kind : kinds) {
			rows.add(new RegisterCounts.Row(kind.name(), shown.figure(table.cell(0, kind.ordinal()))));
		}
		rows.add(new RegisterCounts.Row("ALL", shown.figure(table.rowTotal(0))));
		return rows;
	}

	/**
	 * Applies a change to a school's roll from attendance's feed: a deletion with no
	 * known destination opens a CME entry; a new-pupil return closes the child's open
	 * CME, no school place and home education entries, and puts a Fair Access case or an
	 * attendance order on the roll of the school it named. At least once in, exactly once
	 * in effect: the child's record holds the last sequence applied, written with the
	 * effect.
	 * @return whether anything changed
	 */
	public boolean apply(RollChange change) {
		return this.retry.untilWon("register-roll-change", () -> {
			PupilRegisters held = this.store.find(change.upn());
			if (change.sequence() <= held.appliedThrough()) {
				return Optional.of(false);
			}
			Instant now = this.clock.instant();
			long version = held.version() + 1;
			List<Change> changes = new ArrayList<>();
			PupilRegisters next = held;
			if (change.opensMissingEducation() && held.openOf(RegisterKind.CHILD_MISSING_EDUCATION).isEmpty()) {
				RegisterEntry entry = new RegisterEntry(held.nextId(), RegisterKind.CHILD_MISSING_EDUCATION,
						change.upn(), change.urn(), change.date(), RegisterEntry.Source.DELETION_RETURN,
						"deleted from the roll of school " + change.urn() + " on " + change.date() + " (ground "
								+ change.ground() + ") with no known destination",
						null, false, null, null, null, null, null, List.of(), List.of(RegisterStep
							.due(RegisterStepKind.FIRST_ENQUIRY, change.date().plusDays(FIRST_ENQUIRY_DAYS))),
						FROM_ATTENDANCE, now);
				next = next.with(entry);
				changes.add(RegisterChanges.opened(entry, version, now));
			}
			if (change.joined()) {
				for (RegisterEntry entry : held.entries()) {
					RegisterEntry found = joined(entry, change);
					if (found != entry) {
						next = next.with(found);
						changes.add(RegisterChanges.updated(found, version, now, "ON_ROLL"));
					}
				}
			}
			if (changes.isEmpty()) {
				return Optional.of(false);
			}
			boolean saved = this.store.save(next.appliedThrough(change.sequence()), changes);
			return saved ? Optional.of(true) : Optional.empty();
		}, () -> "pupil " + change.upn().value() + "'s register entries kept changing");
	}

	/**
	 * An open entry of a child who joined a roll; the same entry when it is not affected.
	 */
	static RegisterEntry joined(RegisterEntry entry, RollChange change) {
		if (!entry.open() || change.date().isBefore(entry.openedOn())) {
			return entry;
		}
		String how = "new-pupil return: on the roll of school " + change.urn() + " from " + change.date();
		RegisterEntry found = entry;
		for (RegisterStepKind kind : List.of(RegisterStepKind.ON_ROLL, RegisterStepKind.ORDER_COMPLIANCE)) {
			Optional<RegisterStep> step = found.step(kind).filter(s -> !s.done());
			if (step.isPresent() && change.urn().equals(found.schoolNamedUrn())) {
				found = found.withStep(step.get().doneOn(change.date(), null));
			}
		}
		ClosureReason reason = (entry.kind() == RegisterKind.ELECTIVE_HOME_EDUCATION) ? ClosureReason.RETURNED_TO_SCHOOL
				: ClosureReason.ON_ROLL;
		if (entry.kind() == RegisterKind.FAIR_ACCESS && !change.urn().equals(entry.schoolNamedUrn())) {
			// On another school's roll: the case stays open for the panel to decide on.
			return found;
		}
		return found.onRoll(change.date()).closed(change.date(), reason, how);
	}

	private record Updated(RegisterEntry entry, String what) {
	}

	private RegisterEntry change(Upn upn, String id,
			java.util.function.Function<PupilRegisters, Optional<Updated>> update) {
		return this.retry.untilWon("register-entry", () -> {
			PupilRegisters held = this.store.find(upn);
			Optional<Updated> updated = update.apply(held);
			if (updated.isEmpty()) {
				return Optional.of(entryOf(held, id));
			}
			Updated done = updated.get();
			return save(held.with(done.entry()),
					RegisterChanges.updated(done.entry(), held.version() + 1, this.clock.instant(), done.what()),
					done.entry());
		}, () -> "register entry " + id + " kept changing");
	}

	private Optional<RegisterEntry> save(PupilRegisters next, Change change, RegisterEntry entry) {
		return this.store.save(next, List.of(change)) ? Optional.of(entry) : Optional.empty();
	}

	private static RegisterEntry entryOf(PupilRegisters held, String id) {
		return held.find(id).orElseThrow(() -> ProblemException.notFound("no register entry " + id));
	}

	private static void checkNoneOpen(PupilRegisters held, RegisterKind kind) {
		held.openOf(kind)
			.ifPresent(open -> conflict("kind", "pupil " + held.upn().value() + " has an open " + kind
					+ " entry already (" + open.id() + ", opened " + open.openedOn() + "); close it first"));
	}

	private static void checkOutcome(RegisterStepKind kind, String outcome, List<Violation> invalid) {
		if (kind.outcomes().isEmpty()) {
			if (outcome != null) {
				invalid.add(new Violation("outcome", kind + " records a date only, no outcome"));
			}
		}
		else if (outcome == null || !kind.outcomes().contains(outcome)) {
			invalid.add(new Violation("outcome",
					kind + " records what was decided: one of " + kind.outcomes().stream().sorted().toList()));
		}
	}

	private static void notBeforeOpening(String field, RegisterEntry entry, LocalDate date) {
		if (date.isBefore(entry.openedOn())) {
			rule(field, date + " is before the entry was opened (" + entry.openedOn() + "); dates are in order");
		}
	}

	private static void onlyForHomeEducation(String field, Object value, List<Violation> invalid) {
		if (value != null) {
			invalid.add(new Violation(field, "only an elective home education entry has a " + field));
		}
	}

	private static void notAfter(String field, LocalDate date, LocalDate today, List<Violation> invalid) {
		if (date != null && date.isAfter(today)) {
			invalid.add(new Violation(field,
					"recorded once it has happened, not ahead (" + date + " is after today, " + today + ")"));
		}
	}

	private static LocalDate required(String field, String value, List<Violation> invalid) {
		int before = invalid.size();
		LocalDate date = DateBounds.parse(field, value, invalid);
		if (date == null && invalid.size() == before) {
			invalid.add(new Violation(field, "a date written yyyy-MM-dd is required"));
		}
		return date;
	}

	private static String urn(String field, String value, List<Violation> invalid) {
		if (value == null) {
			return null;
		}
		Optional<String> problem = SchoolIdentifiers.urnProblem(value);
		if (problem.isPresent()) {
			invalid.add(new Violation(field, problem.get()));
			return null;
		}
		return value;
	}

	private static Upn upn(String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation("upn", "the child's UPN is required"));
			return null;
		}
		Optional<String> problem = Upn.problemWith(value);
		if (problem.isPresent()) {
			invalid.add(new Violation("upn", problem.get()));
			return null;
		}
		return new Upn(value);
	}

	/** The child an entry's id names: the UPN before {@code -R}. */
	static Upn upnOf(String id) {
		int at = (id == null) ? -1 : id.lastIndexOf("-R");
		if (at <= 0 || Upn.problemWith(id.substring(0, at)).isPresent()
				|| !id.substring(at + 2).matches("[1-9][0-9]{0,5}")) {
			throw ProblemException.notFound("no register entry " + id);
		}
		return new Upn(id.substring(0, at));
	}

	private static <E extends Enum<E>> E named(Class<E> type, String field, String name, List<Violation> invalid) {
		if (name == null || name.isBlank()) {
			invalid.add(new Violation(field, "one of " + names(type) + " is required"));
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException unknown) {
			invalid.add(new Violation(field, "'" + name + "' is not one of " + names(type)));
			return null;
		}
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	private static void rule(String field, String detail) {
		throw ProblemException.ruleBroken(List.of(new Violation(field, detail)));
	}

	private static void conflict(String field, String detail) {
		throw new ProblemException(Problem.CONFLICT, detail, List.of(new Violation(field, detail)));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
