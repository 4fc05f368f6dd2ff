package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.send.plan.PlanContent;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;

/**
 * The bodies of the plan's sections, cessation, transfers and amendments, read as text so
 * that every field can be checked and named in the answer.
 */
final class PlanBodies {

	private PlanBodies() {
	}

	@Schema(description = "An EHC plan's sections A to K: B, E, F to H2 and I as data, A, C, D, J and K as text (SEND Regulations 2014 reg 12)")
	record SectionsBody(@Schema(
			description = "section B, the need ranked 1: a school census SEN type (not NSA, which goes only with SEN support)",
			allowableValues = {
					"SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD",
					"OTH" }) String primaryNeed,
			@Schema(description = "section B, the need ranked 2, when there is one",
					example = "SLCN") String secondaryNeed,
			@Schema(description = "section I, the kind of placement",
					allowableValues = { "MAINSTREAM", "INCLUSION_HUB_OR_RESOURCED_PROVISION", "SPECIAL_SCHOOL",
							"INDEPENDENT_OR_NON_MAINTAINED_SPECIAL_SCHOOL", "POST_16", "EOTAS" }) String placementType,
			@Schema(description = "the child's date of birth as the plan gives it (SEN2 counts plans by age)",
					format = "date", example = "2015-04-02") String bornOn,
			@Schema(description = "the locality the child lives in",
					allowableValues = { "NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK" }) String locality,
			@Schema(description = "section E, in the plan's order") List<OutcomeBody> outcomes,
			@Schema(description = "sections F, G, H1 and H2; at least one in F") List<ProvisionBody> provision,
			@Schema(description = "the text of sections A, C, D, J and K, by section letter",
					example = "{\"A\":\"Sam likes trains and wants to work outdoors\"}") Map<String, String> summaries){

		PlanContent.Request request() {
			return new PlanContent.Request(this.primaryNeed, this.secondaryNeed, this.placementType, this.bornOn,
					this.locality,
					(this.outcomes != null) ? this.outcomes.stream().map(o -> (o != null) ? o.request() : null).toList()
							: null,
					(this.provision != null)
							? this.provision.stream().map(p -> (p != null) ? p.request() : null).toList() : null,
					this.summaries);
		}

	}

	@Schema(description = "An outcome of section E")
	record OutcomeBody(
			@Schema(description = "what the child or young person should achieve",
					example = "Sam reads a bus timetable on his own") String text,
			@Schema(description = "by when, if the plan says", format = "date", example = "2027-07-23") String by) {

		PlanContent.OutcomeRequest request() {
			return new PlanContent.OutcomeRequest(this.text, this.by);
		}

	}

	@Schema(description = "A provision of section F, G, H1 or H2")
	record ProvisionBody(@Schema(allowableValues = {
			"F", "G", "H1", "H2" }) String section,
			@Schema(description = "what is provided, by whom, how often",
					example = "Speech and language therapy, weekly, 45 minutes") String description,
			@Schema(description = "hours a week, when specified (more than 0, at most 60)",
					example = "0.75") Double hoursPerWeek){

		PlanContent.ProvisionRequest request() {
			return new PlanContent.ProvisionRequest(this.section, this.description, this.hoursPerWeek);
		}

	}

	@Schema(description = "The LA ceasing to maintain a plan (Children and Families Act 2014 s45)")
	record CessationBody(
			@Schema(description = "the day the plan ceased", format = "date", example = "2026-11-30") String ceasedOn,
			@Schema(description = "why", allowableValues = {
					"NEEDS_MET_WITHOUT_PLAN", "MOVED_OUTSIDE_ENGLAND", "HIGHER_EDUCATION", "PAID_EMPLOYMENT",
					"NO_LONGER_ENGAGING", "MAXIMUM_AGE", "DECEASED", "OTHER" }) String reason){

		PlanKeeping.CessationRequest request() {
			return new PlanKeeping.CessationRequest(this.ceasedOn, this.reason);
		}

	}

	@Schema(description = "A plan moving with the child to or from another local authority (SEND Regulations 2014 reg 15)")
	record TransferBody(@Schema(allowableValues = {
			"IN", "OUT" }) String direction,
			@Schema(description = "the other LA's three-digit DfE number", example = "839") String otherLa,
			@Schema(description = "the day of the move", format = "date", example = "2026-10-05") String movedOn,
			@Schema(description = "IN only: when Dorset told the family whether it will assess again (due within 6 weeks)",
					format = "date", example = "2026-11-02") String noticeGivenOn){

		PlanKeeping.TransferRequest request() {
			return new PlanKeeping.TransferRequest(this.direction, this.otherLa, this.movedOn, this.noticeGivenOn);
		}

	}

	@Schema(description = "Amendments proposed to a final plan, after a review or at another time (regs 22, 28)")
	record AmendmentBody(
			@Schema(description = "when the proposed amendments were sent to the family", format = "date",
					example = "2026-11-16") String proposedOn,
			@Schema(description = "the annual review that proposed them, if any",
					example = "A838200125001-R2") String reviewId,
			@Schema(description = "what they are for, in a line",
					example = "Move to the inclusion hub from January") String reason,
			@Schema(description = "the sections as they will read once issued") SectionsBody sections) {

		PlanKeeping.AmendmentRequest request() {
			return new PlanKeeping.AmendmentRequest(this.proposedOn, this.reviewId, this.reason,
					(this.sections != null) ? this.sections.request() : null);
		}

	}

	@Schema(description = "The family's comments on proposed amendments and the amended plan's issue; either or both")
	record AmendmentProgressBody(
			@Schema(description = "when the family's comments were received", format = "date",
					example = "2026-11-25") String commentsOn,
			@Schema(description = "when the amended plan was issued (within 8 weeks of the proposal)", format = "date",
					example = "2026-12-04") String issuedOn) {

		PlanKeeping.AmendmentProgress request() {
			return new PlanKeeping.AmendmentProgress(this.commentsOn, this.issuedOn);
		}

	}

}
