package uk.gov.dorsetcouncil.edu.transport.application;

import java.util.List;

/** What callers send, as written (checked by {@link ApplicationHandling}). */
public final class ApplicationRequests {

	private ApplicationRequests() {
	}

	/** A family's application as the officer records it. */
	public record Submit(String upn, String schoolUrn, String kind, String receivedOn, String dateOfBirth,
			String eligibilityDecisionId, List<EvidenceItem> evidence) {
	}

	public record EvidenceItem(String kind, String reference, String receivedOn) {
	}

	/**
	 * The officer's decision: the outcome (when not the assessed one), reasons, override.
	 */
	public record Decide(String outcome, String reasons, String overrideReason, String decidedOn) {
	}

	/** A family's request for a review (stage 1) or a panel (stage 2). */
	public record Appeal(String applicationId, Integer stage, String receivedOn, String grounds) {
	}

	/** The reviewing officer's or the panel's answer. */
	public record Answer(String outcome, String decidedOn, String reasons) {
	}

}
