package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule.grpc;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule.Rule;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry;

public class RuleMessages {

	public ChangeEntry toMessage(Rule rule) {
		return ChangeEntry.newBuilder().setChangeId(rule.name()).build();
	}

}
