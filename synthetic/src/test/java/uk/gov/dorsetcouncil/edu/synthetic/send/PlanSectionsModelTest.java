package uk.gov.dorsetcouncil.edu.synthetic.send;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sections of 3,900 plans (Dorset's count, January 2024): about 40% in specialist
 * provision, autism the most common primary need, never a secondary need equal to the
 * primary, never EOTAS for a plan naming a school, always provision in section F, and the
 * same plan drawn the same way twice.
 */
class PlanSectionsModelTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void dorsetsPlansHaveAboutFortyPerCentInSpecialistProvision() {
		PlanSectionsModel model = new PlanSectionsModel(2026);
		Map<String, Integer> placements = new HashMap<>();
		Map<String, Integer> needs = new HashMap<>();
		int plans = 3_900;
		for (int i = 0; i < plans; i++) {
			Map<String, Object> sections = model.sections("A8382001" + String.format("%05d", i), null, "WEST", false,
					TODAY);
			placements.merge((String) sections.get("placementType"), 1, Integer::sum);
			needs.merge((String) sections.get("primaryNeed"), 1, Integer::sum);
			assertThat(sections.get("secondaryNeed")).isNotEqualTo(sections.get("primaryNeed"));
			assertThat((List<?>) sections.get("provision")).first()
				.satisfies(p -> assertThat(((Map<?, ?>) p).get("section")).isEqualTo("F"));
		}
		double specialist = (placements.getOrDefault("INCLUSION_HUB_OR_RESOURCED_PROVISION", 0)
				+ placements.getOrDefault("SPECIAL_SCHOOL", 0)
				+ placements.getOrDefault("INDEPENDENT_OR_NON_MAINTAINED_SPECIAL_SCHOOL", 0)) / (double) plans;
		assertThat(specialist).isCloseTo(0.40, within(0.03));
		assertThat(needs.get("ASD")).isGreaterThan(needs.get("SLCN")).isGreaterThan(needs.get("SEMH"));
		assertThat(placements).containsKey("EOTAS");
	}

	@Test
	void aPlanNamingASchoolIsNeverEotasAndTheSamePlanIsDrawnTheSameWay() {
		PlanSectionsModel model = new PlanSectionsModel(2026);
		for (int i = 0; i < 2_000; i++) {
			String upn = "A8382001" + String.format("%05d", i);
			Map<String, Object> sections = model.sections(upn, LocalDate.of(2015, 4, 2), "EAST", true, TODAY);
			assertThat(sections.get("placementType")).isNotEqualTo("EOTAS");
			assertThat(sections).isEqualTo(model.sections(upn, LocalDate.of(2015, 4, 2), "EAST", true, TODAY));
		}
	}

}
