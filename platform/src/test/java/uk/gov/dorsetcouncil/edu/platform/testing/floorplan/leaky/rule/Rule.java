package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule;

import org.bson.Document;

public record Rule(String name) {

	public Document toDocument() {
		return new Document("_id", this.name);
	}

}
