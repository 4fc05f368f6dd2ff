package uk.gov.dorsetcouncil.edu.local;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.transport.Homes;
import uk.gov.dorsetcouncil.edu.synthetic.transport.SchoolSites;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;

/**
 * The demo's home-to-school travel: the transport officer assesses the first pupils of
 * compulsory school age at each mainstream school, living where the synthetic network
 * puts their homes (a third anywhere in the locality, so some far from school), with free
 * school meals as the low-income evidence and an EHC plan as the evidence of an SEN need.
 * The transport service routes over the same network (the same seed), so each decision
 * explains itself with real routes. A retry key per pupil keeps a reload from assessing
 * twice.
 */
final class DemoEligibility {

	/**
	 * Pupils assessed per school: enough to show every outcome, few enough to load fast.
	 */
	static final int PER_SCHOOL = 12;

	private DemoEligibility() {
	}

	/**
	 * A decision made: its id, the pupil, the school, and ELIGIBLE, NOT_ELIGIBLE or
	 * PENDING.
	 */
	record Decided(String id, String upn, String schoolUrn, String outcome) {
	}

	/**
	 * Assesses the pupils, each with a retry key.
	 * @return the decisions made
	 */
	static List<Decided> load(DemoLoader loader, County county, String officerToken) throws Exception {
		TravelNetwork network = TravelNetwork.generate(County.SEED);
		LocalDate today = LocalDate.now();
		List<Decided> decided = new ArrayList<>();
		for (School school : county.schools()) {
			if (!school.phase().mainstream()) {
				continue;
			}
			SchoolSites.Site site = SchoolSites.of(County.SEED, network, List.of(school)).get(0);
			List<Pupil> pupils = county.pupilsOnRollBy(school)
				.stream()
				.filter(p -> p.yearGroup() >= 0 && p.yearGroup() <= 11)
				.limit(PER_SCHOOL)
				.toList();
			for (Pupil pupil : pupils) {
				Homes.Home home = Homes.of(County.SEED, network, school, site,
						pupil.serial() * 16L + pupil.yearGroup());
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("upn", pupil.upn());
				body.put("dateOfBirth", pupil.dateOfBirth().toString());
				body.put("assessedOn", today.toString());
				body.put("latitude", home.latitude());
				body.put("longitude", home.longitude());
				body.put("schoolUrn", school.urn());
				if (pupil.characteristics().freeSchoolMeals()) {
					body.put("lowIncome", "FREE_SCHOOL_MEALS");
					body.put("lowIncomeEvidence", "school census: eligible for free school meals");
				}
				if (County.hasEhcPlan(pupil)) {
					body.put("mobilityNeed", "SEN");
					body.put("mobilityEvidence", "EHC plan: cannot walk to school accompanied (SEND team)");
				}
				HttpResponse<String> answer = loader.send("POST", "/api/v1/transport/eligibility/assessments",
						officerToken, body, "demo-eligibility-" + pupil.upn());
				if (answer.statusCode() != 201) {
					throw new IllegalStateException(
							"assessing " + pupil.upn() + " was refused: " + answer.statusCode() + " " + answer.body());
				}
				JsonNode decision = loader.read(answer);
				decided.add(new Decided(decision.path("id").asString(), pupil.upn(), school.urn(),
						decision.path("outcome").asString()));
			}
		}
		return decided;
	}

}
