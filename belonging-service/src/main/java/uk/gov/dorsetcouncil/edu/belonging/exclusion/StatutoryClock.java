package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which statutory steps an exclusion has and when each falls due, in school days of the
 * excluding school. Worked out again from the facts whenever one changes (a step done, a
 * parent's request), keeping what was done. Where the guidance is silent the choices are
 * ADR 0028's; {@code StatutoryClockAsWritten} (tests) is the same rules counted one
 * calendar day at a time, and the two are checked against each other.
 */
public final class StatutoryClock {

	/** Over 5 school days in a term: the board and the LA are told, a parent may ask. */
	static final int NOTIFY_OVER_HALF_DAYS = 10;

	/** Over 15 school days in a term: the board must meet. */
	static final int MEET_OVER_HALF_DAYS = 30;

	/** A suspension over 5 school days: full-time education from the sixth. */
	static final int PROVISION_OVER_HALF_DAYS = 10;

	private final SchoolDays schoolDays;

	public StatutoryClock(SchoolDays schoolDays) {
		this.schoolDays = schoolDays;
	}

	/**
	 * @param exclusion the exclusion, with the steps done so far
	 * @param termHalfDays half days of suspension from the same school in the census term
	 * it starts in, itself included
	 */
	public List<Step> steps(Exclusion exclusion, int termHalfDays) {
		Map<StepKind, Step> held = exclusion.steps()
			.stream()
			.collect(Collectors.toMap(Step::kind, Function.identity()));
		String urn = exclusion.schoolUrn();
		LocalDate start = exclusion.startDate();
		List<Step> steps = new ArrayList<>();
		Due due = (kind, date, actor) -> {
			Step step = held.getOrDefault(kind, new Step(kind, actor, date, null, null)).withDueDate(date, actor);
			steps.add(step);
			return step;
		};
		// "Without delay" is read as on the first day of the exclusion (ADR 0028).
		due.at(StepKind.PARENT_NOTICE, start, StepKind.Actor.SCHOOL);
		boolean permanent = exclusion.permanent();
		boolean notify = permanent || termHalfDays > NOTIFY_OVER_HALF_DAYS || exclusion.missesPublicExam();
		Step boardNotice = null;
		if (notify) {
			boardNotice = due.at(StepKind.GOVERNING_BOARD_NOTICE, start, StepKind.Actor.SCHOOL);
			due.at(StepKind.LOCAL_AUTHORITY_NOTICE, start, StepKind.Actor.SCHOOL);
		}
		if (exclusion.lookedAfter()) {
			due.at(StepKind.VIRTUAL_SCHOOL_HEAD_NOTICE, start, StepKind.Actor.SCHOOL);
		}
		if (exclusion.socialWorker()) {
			due.at(StepKind.SOCIAL_WORKER_NOTICE, start, StepKind.Actor.SCHOOL);
		}
		if (permanent || (exclusion.halfDays() > PROVISION_OVER_HALF_DAYS && !exclusion.length().lunchtime())) {
			// The start is the first school day, so the sixth is five school days after
			// it;
			// the LA arranges it after a permanent exclusion (s19 EA 1996), the school
			// for
			// a suspension. A pupil suspended at lunchtimes is taught the rest of each
			// day,
			// so no sixth-day provision arises (ADR 0028).
			due.at(StepKind.SIXTH_DAY_PROVISION, this.schoolDays.after(urn, start, 5),
					permanent ? StepKind.Actor.LOCAL_AUTHORITY : StepKind.Actor.SCHOOL);
		}
		// The board's periods run from its notice: when it was given, else when it was
		// due.
		LocalDate noticed = (boardNotice != null && boardNotice.done()) ? boardNotice.doneDate() : start;
		Step meeting = null;
		if (permanent || termHalfDays > MEET_OVER_HALF_DAYS || exclusion.missesPublicExam()) {
			meeting = due.at(StepKind.GOVERNING_BOARD_MEETING, this.schoolDays.after(urn, noticed, 15),
					StepKind.Actor.SCHOOL);
		}
		else if (termHalfDays > NOTIFY_OVER_HALF_DAYS && exclusion.meetingRequestedOn() != null) {
			meeting = due.at(StepKind.GOVERNING_BOARD_MEETING, this.schoolDays.after(urn, noticed, 50),
					StepKind.Actor.SCHOOL);
		}
		if (!permanent || meeting == null || !meeting.done() || meeting.outcome() != StepOutcome.UPHELD) {
			return steps;
		}
		// The board's decision notice is taken as given on the day it met (ADR 0028).
		Step application = due.at(StepKind.REVIEW_APPLICATION, this.schoolDays.after(urn, meeting.doneDate(), 15),
				StepKind.Actor.PARENT);
		if (!application.done()) {
			return steps;
		}
		Step panel = due.at(StepKind.REVIEW_PANEL, this.schoolDays.after(urn, application.doneDate(), 15),
				StepKind.Actor.LOCAL_AUTHORITY);
		if (panel.done() && (panel.outcome() == StepOutcome.RECONSIDERATION_RECOMMENDED
				|| panel.outcome() == StepOutcome.QUASHED)) {
			due.at(StepKind.RECONSIDERATION, this.schoolDays.after(urn, panel.doneDate(), 10), StepKind.Actor.SCHOOL);
		}
		return steps;
	}

	@FunctionalInterface
	private interface Due {

		Step at(StepKind kind, LocalDate date, StepKind.Actor actor);

	}

}
