package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * The demo schools' workforce figures for the term in progress (ADR 0046), through the
 * gateway: every school but each {@code every}-th sends its own staff's aggregates as its
 * school business manager, so the county shows "N of M schools" with some still to send;
 * the last two are sent together as CSV by the Workforce Pledge working group on their
 * behalf. The figures are made up from each school's size, the same on every load.
 */
final class DemoWorkforce {

	private static final String SUBMISSIONS = "/api/v1/pledges/workforce/submissions";

	private DemoWorkforce() {
	}

	static void load(DemoLoader loader, DevTokenIssuer issuer, List<School> schools, int every, String analyst,
			String workingGroup) throws IOException, InterruptedException {
		HttpResponse<String> measures = loader.send("GET", "/api/v1/pledges/workforce/measures", analyst, null);
		expect(measures, 200);
		String term = JsonMapper.shared().readTree(measures.body()).at("/term/id").asString();
		List<Map<String, Object>> sending = new ArrayList<>();
		for (School school : schools) {
			if (school.index() % every != every - 1) {
				sending.add(figures(school, term));
			}
		}
		List<Map<String, Object>> byGroup = sending.subList(Math.max(0, sending.size() - 2), sending.size());
		for (Map<String, Object> figures : sending.subList(0, sending.size() - byGroup.size())) {
			String urn = (String) figures.get("school");
			expect(loader.send("POST", SUBMISSIONS, issuer.tokenFor("school-business-manager", urn), figures,
					"demo-workforce-" + urn + "-" + term), 201);
		}
		if (!byGroup.isEmpty()) {
			StringBuilder csv = new StringBuilder(String.join(",", byGroup.get(0).keySet())).append('\n');
			for (Map<String, Object> figures : byGroup) {
				csv.append(String.join(",", figures.values().stream().map(String::valueOf).toList())).append('\n');
			}
			expect(loader.sendCsv(SUBMISSIONS, workingGroup, csv.toString(), "demo-workforce-csv-" + term), 201);
		}
	}

	/**
	 * A school's figures, made up from its size: about one member of staff to 12 pupils.
	 */
	static Map<String, Object> figures(School school, String term) {
		int pupils = school.cohorts().stream().mapToInt(Integer::intValue).sum();
		int i = school.index();
		long headcount = Math.max(14, Math.min(260, pupils / 12));
		double fte = Math.round(headcount * (0.78 + (i % 5) * 0.02) * 2) / 2.0;
		long respondents = Math.round(headcount * (0.6 + (i % 4) * 0.08));
		long tas = Math.round(headcount * 0.3);
		long vacancies = 1 + i % 4;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("school", school.urn());
		figures.put("term", term);
		figures.put("headcount", headcount);
		figures.put("fte", fte);
		figures.put("respondents", respondents);
		figures.put("agreeWellbeingGood", share(respondents, 58 + (i * 7) % 13));
		figures.put("agreeSafeAndSupported", share(respondents, 70 + (i * 5) % 12));
		figures.put("agreeSupportAccessible", share(respondents, 47 + (i * 3) % 14));
		figures.put("agreeDevelopmentRelevant", share(respondents, 63 + (i * 11) % 12));
		figures.put("agreeGrowthRecognised", share(respondents, 45 + (i * 13) % 12));
		figures.put("stressDaysLost", Math.round(fte * (1.5 + (i % 6) * 0.3)));
		figures.put("tas", tas);
		figures.put("tasInducted", share(tas, 62 + (i * 9) % 30));
		figures.put("tasCompletedCpd", share(tas, 55 + (i * 7) % 25));
		figures.put("tasCareerProgressed", share(tas, 4 + i % 6));
		figures.put("tasPayProgressed", share(tas, 8 + (i * 3) % 10));
		figures.put("vacancies", vacancies);
		figures.put("postsFilled", vacancies - ((i % 3 == 0) ? 1 : 0));
		figures.put("leavers", Math.max(1, Math.round(headcount * (0.02 + (i % 4) * 0.01))));
		return figures;
	}

	private static long share(long whole, int percent) {
		return Math.round(whole * percent / 100.0);
	}

	private static void expect(HttpResponse<String> answer, int status) {
		if (answer.statusCode() != status) {
			throw new IllegalStateException("the demo's workforce figures were refused: " + answer.request().method()
					+ " " + answer.request().uri() + " -> " + answer.statusCode() + " " + answer.body());
		}
	}

}
