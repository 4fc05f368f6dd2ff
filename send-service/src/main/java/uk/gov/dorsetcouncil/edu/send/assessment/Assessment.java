package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A request for an EHC needs assessment and everything that followed it.
 *
 * @param id the pupil's UPN, '-' and a number
 * @param upn the child
 * @param schoolUrn the school the child attends, when there is one (its SENCO may see the
 * request)
 * @param requester who asked
 * @param receivedOn when the LA received the request: every limit runs from it
 * @param primaryNeed the need suspected, when the request names one
 * @param exceptions the exceptions to the time limits recorded
 * @param steps the statutory steps with their due dates (see {@link StatutoryTimeline})
 * @param appeal mediation and appeal after a refusal
 * @param recordedBy who recorded the request
 * @param recordedAt when
 */
public record Assessment(String id, Upn upn, String schoolUrn, Requester requester, LocalDate receivedOn,
		NeedType primaryNeed, List<AssessmentException> exceptions, List<Step> steps, Appeal appeal, String recordedBy,
		Instant recordedAt) {

	public Assessment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(upn, "upn");
		Objects.requireNonNull(requester, "requester");
		Objects.requireNonNull(receivedOn, "receivedOn");
		exceptions = List.copyOf(exceptions);
		steps = List.copyOf(steps);
		appeal = (appeal != null) ? appeal : Appeal.NONE;
	}

	public Optional<Step> step(StepKind kind) {
		return this.steps.stream().filter(step -> step.kind() == kind).findFirst();
	}

	public AssessmentStatus status() {
		if (decided(StepKind.DECISION_TO_ASSESS, StepOutcome.REFUSE)) {
			return AssessmentStatus.REFUSED_TO_ASSESS;
		}
		if (decided(StepKind.DECISION_TO_ISSUE, StepOutcome.NOT_ISSUE)) {
			return AssessmentStatus.NOT_TO_ISSUE;
		}
		if (step(StepKind.FINAL_PLAN).map(Step::done).orElse(false)) {
			return AssessmentStatus.PLAN_ISSUED;
		}
		return AssessmentStatus.OPEN;
	}

	public boolean open() {
		return status() == AssessmentStatus.OPEN;
	}

	/** The date of the refusal to assess or the decision not to issue, if any. */
	public Optional<LocalDate> refusedOn() {
		return this.steps.stream()
			.filter(step -> step.outcome() == StepOutcome.REFUSE || step.outcome() == StepOutcome.NOT_ISSUE)
			.map(Step::doneDate)
			.findFirst();
	}

	/** The steps still to do that are duties, each with who must act. */
	public List<Step> openDuties() {
		return this.steps.stream().filter(step -> !step.done() && step.kind().isDuty()).toList();
	}

	boolean decided(StepKind kind, StepOutcome outcome) {
		return step(kind).filter(step -> step.done() && step.outcome() == outcome).isPresent();
	}

	Assessment withSteps(List<Step> next) {
		return new Assessment(this.id, this.upn, this.schoolUrn, this.requester, this.receivedOn, this.primaryNeed,
				this.exceptions, next, this.appeal, this.recordedBy, this.recordedAt);
	}

	Assessment withExceptions(List<AssessmentException> next) {
		return new Assessment(this.id, this.upn, this.schoolUrn, this.requester, this.receivedOn, this.primaryNeed,
				next, this.steps, this.appeal, this.recordedBy, this.recordedAt);
	}

	Assessment withAppeal(Appeal next) {
		return new Assessment(this.id, this.upn, this.schoolUrn, this.requester, this.receivedOn, this.primaryNeed,
				this.exceptions, this.steps, next, this.recordedBy, this.recordedAt);
	}

}
