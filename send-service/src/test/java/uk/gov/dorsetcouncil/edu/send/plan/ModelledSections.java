package uk.gov.dorsetcouncil.edu.send.plan;

import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.synthetic.send.PlanSectionsModel;

/** The sections the synthetic {@link PlanSectionsModel} writes, as a caller's request. */
public final class ModelledSections {

	private ModelledSections() {
	}

	/**
	 * @param body the model's JSON body of {@code PUT .../sections}
	 */
	@SuppressWarnings("unchecked")
	public static PlanContent.Request request(Map<String, Object> body) {
		List<PlanContent.OutcomeRequest> outcomes = ((List<Map<String, Object>>) body.get("outcomes")).stream()
			.map(o -> new PlanContent.OutcomeRequest((String) o.get("text"), (String) o.get("by")))
			.toList();
		List<PlanContent.ProvisionRequest> provision = ((List<Map<String, Object>>) body.get("provision")).stream()
			.map(p -> new PlanContent.ProvisionRequest((String) p.get("section"), (String) p.get("description"),
					(Double) p.get("hoursPerWeek")))
			.toList();
		return new PlanContent.Request((String) body.get("primaryNeed"), (String) body.get("secondaryNeed"),
				(String) body.get("placementType"), (String) body.get("bornOn"), (String) body.get("locality"),
				outcomes, provision, (Map<String, String>) body.get("summaries"));
	}

}
