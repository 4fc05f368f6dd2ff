package uk.gov.dorsetcouncil.edu.send.sen2;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecords;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;

/**
 * The SEN2 figures for a census date, counted from the assessments, reviews and plans
 * held, for county-wide callers: in full with {@code ehcp:read}, with small numbers
 * hidden with only {@code measures:read} (the Education Board analyst).
 */
public final class Sen2Counting {

	private final AssessmentRecording assessments;

	private final ReviewRecording reviews;

	private final PlanRecords plans;

	private final Clock clock;

	public Sen2Counting(AssessmentRecording assessments, ReviewRecording reviews, PlanRecords plans, Clock clock) {
		this.assessments = assessments;
		this.reviews = reviews;
		this.plans = plans;
		this.clock = clock;
	}

	/** The figures, and whether they are in full. */
	public record Counted(Sen2Return figures, boolean pupilLevel) {

		public List<Sen2Table.Row> rows() {
			return Sen2Table.rows(this.figures, this.pupilLevel);
		}

	}

	/**
	 * The return for the census date the caller wrote (absent: the latest on or before
	 * today).
	 * @throws ProblemException (invalid input, {@code censusDate}) for a date that is not
	 * a census date or is after today
	 */
	public Counted count(Caller caller, String censusDate) {
		boolean pupilLevel = ReviewRecording.countsInFull(caller);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate census = DateBounds.parameter("censusDate", censusDate);
		if (census == null) {
			census = CensusDate.latestOnOrBefore(today);
		}
		else if (!CensusDate.is(census)) {
			throw ProblemException.invalid("censusDate",
					census + " is not a SEN2 census date (the third Thursday of January: "
							+ CensusDate.of(census.getYear()) + ")");
		}
		else if (census.isAfter(today)) {
			throw ProblemException.invalid("censusDate", "the census of " + census + " has not come yet");
		}
		LocalDate yearFrom = LocalDate.of(census.getYear() - 1, 1, 1);
		LocalDate yearTo = LocalDate.of(census.getYear() - 1, 12, 31);
		List<PlanRecord> records = new ArrayList<>();
		this.plans.forEachCounted(records::add);
		return new Counted(Sen2Return.of(census, this.assessments.measures(caller, yearFrom, yearTo),
				this.reviews.measures(caller, yearFrom, yearTo), records), pupilLevel);
	}

}
