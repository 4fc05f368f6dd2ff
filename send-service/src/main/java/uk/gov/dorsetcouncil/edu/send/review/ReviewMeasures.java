package uk.gov.dorsetcouncil.edu.send.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The share of annual reviews held on time, as the SEN2 return counts them: the reviews
 * whose meeting was held in the period, within 12 months of the plan or the last review
 * or after ({@code held = onTime + late}); and the plans whose review is overdue today.
 */
public record ReviewMeasures(LocalDate from, LocalDate to, long held, long onTime, long late, long overdueNow) {

	public static ReviewMeasures of(List<AnnualReview> reviews, long overdueNow, LocalDate from, LocalDate to) {
		long held = 0;
		long onTime = 0;
		for (AnnualReview review : reviews) {
			ReviewStep meeting = review.step(ReviewStepKind.REVIEW_MEETING).filter(ReviewStep::done).orElse(null);
			if (meeting == null || meeting.doneDate().isBefore(from) || meeting.doneDate().isAfter(to)) {
				continue;
			}
			held++;
			if (!meeting.doneDate().isAfter(meeting.dueDate())) {
				onTime++;
			}
		}
		return new ReviewMeasures(from, to, held, onTime, held - onTime, overdueNow);
	}

	/** The share on time in per cent to one decimal place, or null when none was held. */
	public Double onTimePercent() {
		return (this.held == 0) ? null : Math.round(1000.0 * this.onTime / this.held) / 10.0;
	}

}
