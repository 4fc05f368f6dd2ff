package uk.gov.dorsetcouncil.edu.gateway.aggregation.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;

/**
 * What the gateway releases of a child's records, as typed records: the profile's parts
 * and the deadlines. Their schemas in the OpenAPI document follow from them (ADR 0026),
 * so a client generated from the document reads exactly these fields.
 */
public final class ChildRecordViews {

	private ChildRecordViews() {
	}

	/**
	 * A child's profile across services: each part as the service holding it answered,
	 * filtered to the caller's rights.
	 */
	public record ChildProfile(@Schema(example = "A838200125001") String upn, @Schema(format = "date-time") String asOf,
			@Schema(example = "OPERATION_ENCOMPASS") @Nullable String purpose, @Nullable String agreement,
			@Schema(description = "the data items released in this answer",
					example = "[\"ATTENDANCE\", \"EHC_PLAN\"]") List<String> released,
			ProfileParts parts) {

	}

	public record ProfileParts(PartView<AttendanceView> attendance, PartView<SuspensionsView> suspensionsAndExclusions,
			PartView<PartTimeView> partTimeTimetable, PartView<AlternativeProvisionView> alternativeProvision,
			PartView<EhcPlanView> ehcPlan, PartView<TransportView> transport, PartView<RegistersView> registers) {

	}

	/**
	 * One part of an answer: its data when {@code AVAILABLE}, otherwise the reason it is
	 * {@code NONE} (nothing held), {@code WITHHELD} (not released to the caller) or
	 * {@code UNAVAILABLE} (the service did not answer).
	 */
	public record PartView<T>(@Schema(allowableValues = {
			"AVAILABLE", "NONE", "WITHHELD", "UNAVAILABLE" }) String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable T data,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason){

		public static <T> PartView<T> of(Part<T> part) {
			return switch (part) {
				case Part.Available<T> available -> new PartView<>(part.status(), available.data(), null);
				case Part.None<T> none -> new PartView<>(part.status(), null, none.reason());
				case Part.Withheld<T> withheld -> new PartView<>(part.status(), null, withheld.reason());
				case Part.Unavailable<T> unavailable -> new PartView<>(part.status(), null, unavailable.reason());
			};
		}

	}

	/** The attendance service's figures, combined and by enrolment. */
	public record AttendanceView(@Schema(example = "academic year to date") String basis,
			@Schema(format = "date", example = "2026-09-02") String fromDate,
			@Schema(format = "date", example = "2026-12-04") String toDate, @Schema(format = "date-time") String asOf,
			Figures combined, List<EnrolmentView> enrolments) {

	}

	public record EnrolmentView(@Schema(example = "113456") String schoolUrn, String schoolName,
			@Schema(format = "date") String admissionDate, @Schema(format = "date") @Nullable String leavingDate,
			Figures figures) {

	}

	/** Sessions and percentages as the DfE measures them. */
	public record Figures(int possibleSessions, int presentSessions, int approvedEducationalActivitySessions,
			int authorisedAbsenceSessions, int unauthorisedAbsenceSessions,
			@Schema(example = "93.4") double attendancePercent, double overallAbsencePercent,
			boolean persistentlyAbsent, boolean severelyAbsent) {

	}

	public record SuspensionsView(List<SuspensionView> suspensions, int permanentExclusions) {

	}

	public record SuspensionView(String schoolUrn, @Schema(format = "date") String startDate, int sessions,
			String reason) {

	}

	public record PartTimeView(boolean onPartTimeTimetable) {

	}

	/** The child's register entries (belonging ADR 0030), in the order opened. */
	public record RegistersView(List<RegisterEntryView> entries) {

	}

	public record RegisterEntryView(@Schema(allowableValues = {
			"ELECTIVE_HOME_EDUCATION", "CHILD_MISSING_EDUCATION", "NO_SCHOOL_PLACE", "FAIR_ACCESS" }) String kind,
			@Nullable String schoolLeftUrn, @Schema(format = "date") String openedOn,
			@Schema(format = "date") @Nullable String closedOn, @Nullable String closureReason,
			@Schema(description = "days without a school place so far; null for home education") @Nullable Integer daysWithoutPlace,
			@Schema(description = "steps not done whose date has passed") int stepsOverdue){

	}

	public record AlternativeProvisionView(List<PlacementView> placements) {

	}

	/**
	 * One AP placement. The reason only to callers who receive the item it discloses;
	 * otherwise {@code reasonWithheld} says why.
	 */
	public record PlacementView(String providerName, @Nullable String providerUrn, @Nullable String providerUkprn,
			@Schema(example = "PUPIL_REFERRAL_UNIT") @Nullable String setting, @Schema(allowableValues = {
					"SCHOOL", "LOCAL_AUTHORITY" }) @Nullable String commissionedBy,
			@Nullable String commissionerCode, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reasonWithheld,
			@Schema(format = "date") String startDate, @Schema(format = "date") @Nullable String endDate,
			int sessionsPerWeek, boolean dualRegistered){

	}

	/**
	 * Whether the child has an EHC plan and, when so, its state; and the steps of an open
	 * EHC needs assessment not yet done (empty when none is open).
	 */
	public record EhcPlanView(boolean hasPlan,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "FINAL") @Nullable String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(format = "date") @Nullable String issuedDate,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(format = "date") @Nullable String nextAnnualReviewDue,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String namedSchoolUrn,
			@Schema(description = "the open EHC needs assessment's steps not yet done, earliest due first") List<AssessmentStepView> openAssessmentSteps) {

	}

	/** A step of an open EHC needs assessment, with whether its date has passed. */
	public record AssessmentStepView(String assessmentId, @Schema(example = "DECISION_TO_ASSESS") String kind,
			@Schema(format = "date") String dueDate, boolean breach, String rule) {

	}

	public record TransportView(List<ArrangementView> arrangements) {

	}

	public record ArrangementView(String schoolUrn,
			@Schema(example = "STATUTORY_WALKING_DISTANCE") String eligibilityBasis, @Nullable String routeId,
			@Schema(format = "date") String validFrom, @Schema(format = "date") @Nullable String validTo) {

	}

	/**
	 * A statutory step falling due, from the service that holds it; {@code overdue} when
	 * it fell due before today and is still outstanding.
	 */
	public record Deadline(@Schema(example = "A838200125001") String upn,
			@Schema(example = "ANNUAL_REVIEW") String kind,
			@Schema(format = "date", example = "2026-09-28") String dueDate, @Nullable String schoolUrn,
			@Schema(example = "Children and Families Act 2014 s44(1): review within 12 months") String rule,
			@Schema(allowableValues = {
					"send", "belonging", "transport" }) String source,
			boolean overdue){

	}

}
