package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule.web;

import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeEntry;

/** A web adapter answering with a generated protobuf message. */
public class RuleView {

	public ChangeEntry view(String name) {
		return ChangeEntry.newBuilder().setChangeId(name).build();
	}

}
