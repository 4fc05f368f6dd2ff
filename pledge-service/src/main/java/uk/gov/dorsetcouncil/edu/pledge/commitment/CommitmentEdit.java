package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.List;

/**
 * A change to a commitment as its owner or working group sends it: the whole of what they
 * keep (status, owner, measures, actions, evidence), as text, read by
 * {@link CommitmentEditing}. The strategy's wording, title and working group are the
 * reference data's and are not edited here.
 */
public record CommitmentEdit(String status, OwnerInput owner, List<MeasureInput> measures, List<ActionInput> actions,
		List<EvidenceInput> evidence, String note) {

	public record OwnerInput(String name, String subject) {
	}

	public record MeasureInput(String id, String name, String definition, SourceInput source, String unit,
			Double target, String direction, String frequency) {
	}

	public record SourceInput(String kind, String query, String description) {
	}

	public record ActionInput(String id, String description, String owner, String due, String done) {
	}

	public record EvidenceInput(String kind, String title, String link, String dated, SurveyInput survey) {
	}

	public record SurveyInput(String question, Integer respondents, Double agreedPercent) {
	}

}
