package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The time limits as the regulations read, slowly and plainly: the clock ticks once for
 * each calendar day after the day it starts, except on a day an exception that applies to
 * the step covers, and the step is due on the day the count reaches the limit. The fast
 * {@link StatutoryTimeline#extended} is checked against it; where they disagree, this one
 * is taken as right.
 */
final class StatutoryTimelineAsWritten {

	private StatutoryTimelineAsWritten() {
	}

	static LocalDate due(StepKind kind, LocalDate start, int days, List<AssessmentException> exceptions) {
		LocalDate day = start;
		int ticked = 0;
		while (ticked < days) {
			day = day.plusDays(1);
			LocalDate today = day;
			boolean stopped = exceptions.stream()
				.anyMatch(e -> e.applies(kind) && !today.isBefore(e.from()) && !today.isAfter(e.to()));
			if (!stopped) {
				ticked++;
			}
		}
		return day;
	}

}
