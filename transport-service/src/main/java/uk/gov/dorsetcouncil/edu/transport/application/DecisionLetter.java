package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.transport.application.Application.AppealOutcome;
import uk.gov.dorsetcouncil.edu.transport.application.Application.Appeal;
import uk.gov.dorsetcouncil.edu.transport.application.Application.Outcome;

/**
 * The letter the family receives about the application as it stands: the decision, or the
 * answer to the latest appeal stage, with its reasons and what the family may do next.
 * Data first (the API returns it), rendered as a page the family can read from the same
 * data.
 *
 * @param heading what the letter is about
 * @param paragraphs the body, in order
 * @param nextSteps what the family may do, with the date by which
 * @param respondBy the last day to ask for the next stage, or null when none is left
 */
public record DecisionLetter(String reference, LocalDate dated, String upn, String schoolUrn, String schoolName,
		String kind, String outcome, String heading, List<String> paragraphs, List<String> nextSteps,
		LocalDate respondBy) {

	public DecisionLetter {
		paragraphs = List.copyOf(paragraphs);
		nextSteps = List.copyOf(nextSteps);
	}

	/** The letter for the application as it stands, or null before a decision. */
	public static DecisionLetter of(Application application, String schoolName) {
		Application.Ruling decision = application.decision();
		if (decision == null) {
			return null;
		}
		List<String> body = new ArrayList<>();
		List<String> next = new ArrayList<>();
		Appeal latest = application.appeals()
			.stream()
			.filter(a -> !a.open())
			.reduce((first, second) -> second)
			.orElse(null);
		String travelTo = "travel to " + schoolName + " (" + application.schoolUrn() + ")";
		LocalDate dated;
		LocalDate respondBy = null;
		String heading;
		if (latest == null) {
			dated = decision.decidedOn();
			heading = (decision.outcome() == Outcome.AWARDED) ? "Free travel awarded" : "Free travel refused";
			body.add("We received your application for " + travelTo + " on " + application.receivedOn()
					+ " and decided it on " + decision.decidedOn() + ".");
			body.add(describe(application, decision));
			body.add("Our reasons: " + decision.reasons());
			if (decision.overridden()) {
				body.add("The rules alone did not give free travel; an officer awarded it for this reason: "
						+ decision.overrideReason());
			}
			respondBy = ApplicationRules.requestBy(decision.decidedOn());
			next.add("If you disagree, write to us asking for a stage 1 review by a senior officer by " + respondBy
					+ " (20 working days from this decision). Say why you disagree and send anything that supports it.");
			next.add("A senior officer will answer within 20 working days of receiving your request.");
		}
		else {
			dated = latest.result().decidedOn();
			boolean changed = latest.result().outcome() == AppealOutcome.CHANGED;
			String who = (latest.stage() == 1) ? "A senior officer reviewed" : "An independent appeal panel heard";
			heading = (latest.stage() == 1 ? "Stage 1 review: " : "Stage 2 appeal: ")
					+ (changed ? "decision changed, free travel awarded" : "decision confirmed");
			body.add(who + " your " + ((latest.stage() == 1) ? "request" : "appeal") + " received on "
					+ latest.receivedOn() + " about " + travelTo + ".");
			body.add("Your grounds: " + latest.grounds());
			body.add("The outcome: " + (changed ? "the decision is changed and free travel is awarded."
					: "the decision of " + decision.decidedOn() + " stands."));
			body.add("The reasons: " + latest.result().reasons());
			if (latest.stage() == 1 && !changed) {
				respondBy = ApplicationRules.requestBy(latest.result().decidedOn());
				next.add("If you still disagree, you may ask for a stage 2 appeal to an independent panel by "
						+ respondBy + " (20 working days from this answer).");
				next.add("The panel will answer within 40 working days of receiving your request.");
			}
			else if (!changed) {
				next.add("This ends the council's appeal process. If you think the council did not follow its "
						+ "process properly, you may complain to the Local Government and Social Care Ombudsman.");
			}
		}
		if (application.outcome() == Outcome.AWARDED && decision.validUntil() != null) {
			next.add(0, "Travel is awarded until " + decision.validUntil() + "; we will tell you the route and "
					+ "pick-up before travel starts.");
		}
		return new DecisionLetter(application.id(), dated, application.upn(), application.schoolUrn(), schoolName,
				application.kind().name(), application.outcome().name(), heading, body, next, respondBy);
	}

	private static String describe(Application application, Application.Ruling decision) {
		String law = application.kind().source();
		if (application.kind().discretionary()) {
			return "This is decided under the council's policy (" + law + "): free travel is "
					+ ((decision.outcome() == Outcome.AWARDED) ? "awarded." : "not awarded.");
		}
		if (decision.overridden()) {
			return "The eligibility rules (" + law + ") did not make your child eligible: the assessment "
					+ application.eligibilityDecisionId() + " explains the distances measured and the rules tried.";
		}
		if (decision.outcome() == Outcome.AWARDED) {
			return "Your child is eligible for free travel (" + law + ") under the rule " + decision.basis() + ".";
		}
		return "Your child is not eligible for free travel under " + law + ": the assessment "
				+ application.eligibilityDecisionId() + " explains the distances measured and the rules tried.";
	}

}
