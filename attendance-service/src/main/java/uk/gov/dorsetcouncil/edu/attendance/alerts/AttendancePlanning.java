package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolReach;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;

/**
 * Attendance plans for severely absent pupils (Attendance Strategy P1/013), written by LA
 * officers and by schools for pupils on their own roll. Writing the same plan twice
 * changes nothing.
 */
public final class AttendancePlanning {

	static final int MAX_ACTIONS = 30;

	static final int MAX_TEXT = 500;

	static final int MAX_NAME = 100;

	private final AttendancePlans plans;

	private final PupilRecords pupils;

	private final SchoolDirectory schools;

	private final Clock clock;

	private final LostRaceRetry retry;

	/**
	 * @param retry how a write that lost its race to another writer of the plan is tried
	 * again
	 */
	public AttendancePlanning(AttendancePlans plans, PupilRecords pupils, SchoolDirectory schools, Clock clock,
			LostRaceRetry retry) {
		this.plans = plans;
		this.pupils = pupils;
		this.schools = schools;
		this.clock = clock;
		this.retry = retry;
	}

	/** A plan as sent, unchecked. */
	public record PlanDetails(String owner, List<ActionDetails> actions, String reviewDate) {
	}

	public record ActionDetails(String description, String owner, String dueDate, Boolean done) {
	}

	/** A plan as sent, every field checked: what {@link #put} stores. */
	public record CheckedPlan(Upn upn, String owner, List<AttendancePlan.Action> actions, LocalDate reviewDate) {
	}

	/**
	 * Checks a plan as sent for a pupil at a school, before anything is looked up.
	 * @throws ProblemException (invalid input) naming each field that is wrong
	 */
	public static CheckedPlan check(String urn, String upnValue, PlanDetails details) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = key(urn, upnValue, invalid);
		String owner = text("owner", (details == null) ? null : details.owner(), MAX_NAME, true, invalid);
		LocalDate reviewDate = date("reviewDate", (details == null) ? null : details.reviewDate(), true, invalid);
		List<AttendancePlan.Action> actions = actions((details == null) ? null : details.actions(), invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return new CheckedPlan(upn, owner, actions, reviewDate);
	}

	public AttendancePlan put(Caller caller, String urn, String upnValue, PlanDetails details) {
		return put(caller, urn, upnValue, details, IfMatch.ABSENT);
	}

	/**
	 * Puts the plan if {@code ifMatch} holds for the version held (RFC 9110 section
	 * 13.1.1): an officer's change made from a version another has since changed is
	 * refused (412) rather than overwriting theirs. A change already made (the same plan
	 * held) is answered as made, whatever the precondition, so a retried write that was
	 * applied is not refused.
	 */
	public AttendancePlan put(Caller caller, String urn, String upnValue, PlanDetails details, IfMatch ifMatch) {
		SchoolReach.requireSchoolReach(caller, Casework.CASEWORK_WRITE, urn, this.schools);
		CheckedPlan checked = check(urn, upnValue, details);
		Upn upn = checked.upn();
		String owner = checked.owner();
		LocalDate reviewDate = checked.reviewDate();
		List<AttendancePlan.Action> actions = checked.actions();
		LocalDate today = LocalDate.now(this.clock);
		Pupil pupil = this.pupils.find(upn).orElseThrow(() -> ProblemException.notFound("no pupil with UPN " + upn));
		if (!pupil.onRollOn(urn, today)) {
			throw ProblemException.ruleBroken(
					List.of(new Violation("upn", "pupil " + upn + " is not on the roll of school " + urn + " today")));
		}
		return this.retry.untilWon("attendance-plan", () -> {
			AttendancePlan current = this.plans.find(urn, upn).orElse(null);
			AttendancePlan wanted = new AttendancePlan(urn, upn, owner, actions, reviewDate, caller.subject(),
					this.clock.instant(), (current != null) ? current.version() : 0);
			if (current != null && current.sameContent(wanted)) {
				return Optional.of(current);
			}
			ifMatch.require((current != null) ? current.version() : 0,
					"the attendance plan for pupil " + upn + " at school " + urn);
			if (reviewDate.isBefore(today)) {
				throw ProblemException.ruleBroken(List.of(new Violation("reviewDate", "the next review date "
						+ reviewDate + " has already passed; set the date of the next review")));
			}
			return this.plans.save(wanted) ? Optional.of(this.plans.find(urn, upn).orElseThrow()) : Optional.empty();
		}, () -> "the plan for pupil " + upn + " kept changing");
	}

	public AttendancePlan get(Caller caller, String urn, String upnValue) {
		SchoolReach.requireSchoolReach(caller, Access.ATTENDANCE_READ, urn, this.schools);
		Upn upn = requireKey(urn, upnValue);
		return this.plans.find(urn, upn)
			.orElseThrow(() -> ProblemException.notFound("no attendance plan for pupil " + upn + " at school " + urn));
	}

	/** Deleting a plan that is not there is not an error: the outcome is the same. */
	public boolean delete(Caller caller, String urn, String upnValue) {
		SchoolReach.requireSchoolReach(caller, Casework.CASEWORK_WRITE, urn, this.schools);
		return this.plans.delete(urn, requireKey(urn, upnValue));
	}

	/** One page of a school's plans, by UPN. */
	public Page<AttendancePlan> atSchool(Caller caller, String urn, PageRequest page) {
		SchoolReach.requireSchoolReach(caller, Access.ATTENDANCE_READ, urn, this.schools);
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> {
			throw ProblemException.invalid("school", problem);
		});
		return Page.of(this.plans.atSchool(urn, page.offset(), page.size()), page, this.plans.countAtSchool(urn));
	}

	private static Upn requireKey(String urn, String upnValue) {
		List<Violation> invalid = new ArrayList<>();
		Upn upn = key(urn, upnValue, invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		return upn;
	}

	private static Upn key(String urn, String upnValue, List<Violation> invalid) {
		SchoolIdentifiers.urnProblem(urn).ifPresent((problem) -> invalid.add(new Violation("urn", problem)));
		var problem = Upn.problemWith(upnValue);
		problem.ifPresent((detail) -> invalid.add(new Violation("upn", detail)));
		return problem.isEmpty() ? new Upn(upnValue) : null;
	}

	private static List<AttendancePlan.Action> actions(List<ActionDetails> sent, List<Violation> invalid) {
		List<AttendancePlan.Action> actions = new ArrayList<>();
		if (sent == null || sent.isEmpty()) {
			invalid.add(new Violation("actions", "a plan has at least one action"));
			return actions;
		}
		if (sent.size() > MAX_ACTIONS) {
			invalid.add(new Violation("actions", "a plan has at most " + MAX_ACTIONS + " actions"));
			return actions;
		}
		for (int i = 0; i < sent.size(); i++) {
			ActionDetails action = sent.get(i);
			String field = "actions[" + i + "]";
			if (action == null) {
				invalid.add(new Violation(field, "an action is an object with a description"));
				continue;
			}
			String description = text(field + ".description", action.description(), MAX_TEXT, true, invalid);
			String owner = text(field + ".owner", action.owner(), MAX_NAME, false, invalid);
			LocalDate due = date(field + ".dueDate", action.dueDate(), false, invalid);
			actions.add(new AttendancePlan.Action(description, owner, due, Boolean.TRUE.equals(action.done())));
		}
		return actions;
	}

	private static String text(String field, String value, int max, boolean required, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid.add(new Violation(field, "required, 1 to " + max + " characters"));
			}
			return null;
		}
		// One line for a name, paragraphs for a description; valid text either way
		// (ADR 0020).
		KeptText.Form form = (max > MAX_NAME) ? KeptText.Form.PARAGRAPHS : KeptText.Form.LINE;
		String checked = new TextField(form, max, false).check(field, value.strip(), invalid);
		return checked;
	}

	private static LocalDate date(String field, String value, boolean required, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid.add(new Violation(field, "required, written yyyy-MM-dd"));
			}
			return null;
		}
		return DateBounds.parse(field, value, invalid);
	}

}
