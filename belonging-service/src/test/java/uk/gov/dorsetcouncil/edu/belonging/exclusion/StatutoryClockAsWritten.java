package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory clock as the guidance reads, slowly and plainly: school days are counted
 * one calendar day at a time, asking only whether each is a school day. The fast
 * {@link StatutoryClock} is checked against it; where they disagree, this one is taken as
 * right.
 */
final class StatutoryClockAsWritten {

	private final SchoolDays calendar;

	StatutoryClockAsWritten(SchoolDays calendar) {
		this.calendar = calendar;
	}

	/** The day on which the count of school days after {@code from} reaches n. */
	LocalDate countSchoolDays(String urn, LocalDate from, int n) {
		LocalDate day = from;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (this.calendar.notASchoolDay(urn, day).isEmpty()) {
				counted++;
			}
		}
		return day;
	}

	List<Step> steps(Exclusion exclusion, int termHalfDays) {
		String urn = exclusion.schoolUrn();
		LocalDate start = exclusion.startDate();
		boolean permanent = exclusion.type() == ExclusionType.PERMANENT_EXCLUSION;
		int thisOne = permanent ? 0 : exclusion.length().halfDays();
		boolean exam = exclusion.missesPublicExam();
		List<Step> steps = new ArrayList<>();
		// Parents: without delay (the first day).
		steps.add(step(exclusion, StepKind.PARENT_NOTICE, start, StepKind.Actor.SCHOOL));
		// Board and LA: permanent, over 5 school days (10 half days) in the term, or an
		// exam.
		if (permanent || termHalfDays >= 11 || exam) {
			steps.add(step(exclusion, StepKind.GOVERNING_BOARD_NOTICE, start, StepKind.Actor.SCHOOL));
			steps.add(step(exclusion, StepKind.LOCAL_AUTHORITY_NOTICE, start, StepKind.Actor.SCHOOL));
		}
		if (exclusion.lookedAfter()) {
			steps.add(step(exclusion, StepKind.VIRTUAL_SCHOOL_HEAD_NOTICE, start, StepKind.Actor.SCHOOL));
		}
		if (exclusion.socialWorker()) {
			steps.add(step(exclusion, StepKind.SOCIAL_WORKER_NOTICE, start, StepKind.Actor.SCHOOL));
		}
		// Full-time education on the sixth school day: count the start as day one.
		if (permanent || (thisOne >= 11 && exclusion.length().lunchtimes() == 0)) {
			LocalDate day = start;
			int dayNumber = 1;
			while (dayNumber < 6) {
				day = day.plusDays(1);
				if (this.calendar.notASchoolDay(urn, day).isEmpty()) {
					dayNumber++;
				}
			}
			steps.add(step(exclusion, StepKind.SIXTH_DAY_PROVISION, day,
					permanent ? StepKind.Actor.LOCAL_AUTHORITY : StepKind.Actor.SCHOOL));
		}
		Optional<Step> notice = done(exclusion, StepKind.GOVERNING_BOARD_NOTICE);
		LocalDate noticed = notice.isPresent()
				&& steps.stream().anyMatch(s -> s.kind() == StepKind.GOVERNING_BOARD_NOTICE) ? notice.get().doneDate()
						: start;
		Step meeting = null;
		if (permanent || termHalfDays >= 31 || exam) {
			meeting = step(exclusion, StepKind.GOVERNING_BOARD_MEETING, countSchoolDays(urn, noticed, 15),
					StepKind.Actor.SCHOOL);
		}
		else if (termHalfDays >= 11 && exclusion.meetingRequestedOn() != null) {
			meeting = step(exclusion, StepKind.GOVERNING_BOARD_MEETING, countSchoolDays(urn, noticed, 50),
					StepKind.Actor.SCHOOL);
		}
		if (meeting != null) {
			steps.add(meeting);
		}
		if (permanent && meeting != null && meeting.doneDate() != null && meeting.outcome() == StepOutcome.UPHELD) {
			Step application = step(exclusion, StepKind.REVIEW_APPLICATION,
					countSchoolDays(urn, meeting.doneDate(), 15), StepKind.Actor.PARENT);
			steps.add(application);
			if (application.doneDate() != null) {
				Step panel = step(exclusion, StepKind.REVIEW_PANEL, countSchoolDays(urn, application.doneDate(), 15),
						StepKind.Actor.LOCAL_AUTHORITY);
				steps.add(panel);
				if (panel.outcome() == StepOutcome.QUASHED
						|| panel.outcome() == StepOutcome.RECONSIDERATION_RECOMMENDED) {
					steps.add(step(exclusion, StepKind.RECONSIDERATION, countSchoolDays(urn, panel.doneDate(), 10),
							StepKind.Actor.SCHOOL));
				}
			}
		}
		return steps;
	}

	private static Optional<Step> done(Exclusion exclusion, StepKind kind) {
		return exclusion.steps().stream().filter(s -> s.kind() == kind && s.doneDate() != null).findFirst();
	}

	private static Step step(Exclusion exclusion, StepKind kind, LocalDate due, StepKind.Actor actor) {
		Optional<Step> held = exclusion.steps().stream().filter(s -> s.kind() == kind).findFirst();
		return new Step(kind, actor, due, held.map(Step::doneDate).orElse(null), held.map(Step::outcome).orElse(null));
	}

}
