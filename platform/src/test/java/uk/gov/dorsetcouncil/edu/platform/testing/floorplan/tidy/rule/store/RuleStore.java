package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule.store;

import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule.Rule;

public class RuleStore {

	public Document toDocument(Rule rule) {
		return new Document("_id", rule.name()).append("reason", rule.reason().code());
	}

}
