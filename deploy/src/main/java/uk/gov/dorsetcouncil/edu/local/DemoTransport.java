package uk.gov.dorsetcouncil.edu.local;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's applications, appeals and a disruption (ADR 0038): the first decided pupils
 * of each school apply; each application is decided as assessed; one refusal per school
 * is appealed to a stage 1 review (so the deadlines view shows the review due); then snow
 * stops the transport to the first school with an award on the next school weekday, so
 * that school's travelling pupils carry Y1 as their expected mark. Retry keys keep a
 * reload from recording twice.
 */
final class DemoTransport {

	/** Applications per school: enough for an award, a refusal and an appeal. */
	static final int PER_SCHOOL = 4;

	private DemoTransport() {
	}

	static void load(DemoLoader loader, List<DemoEligibility.Decided> decided, String officerToken) throws Exception {
		Map<String, Integer> perSchool = new HashMap<>();
		Set<String> appealedAt = new HashSet<>();
		String awardedAt = null;
		for (DemoEligibility.Decided d : decided) {
			if (d.outcome().equals("PENDING") || perSchool.merge(d.schoolUrn(), 1, Integer::sum) > PER_SCHOOL) {
				continue;
			}
			HttpResponse<String> applied = loader.send("POST", "/api/v1/transport/applications", officerToken,
					Map.of("upn", d.upn(), "schoolUrn", d.schoolUrn(), "kind", "HOME_TO_SCHOOL",
							"eligibilityDecisionId", d.id(), "evidence",
							List.of(Map.of("kind", "proof of address", "reference", "council tax bill"))),
					"demo-application-" + d.id());
			expect(applied, 201, "the application on " + d.id());
			String id = loader.read(applied).path("id").asString();
			String reasons = d.outcome().equals("ELIGIBLE")
					? "The assessment found your child eligible; its explanation lists the distances measured."
					: "The walking route to the nearest suitable school is within the statutory walking distance.";
			expect(loader.send("POST", "/api/v1/transport/applications/" + id + "/decision", officerToken,
					Map.of("reasons", reasons), "demo-decision-" + id), 200, "the decision on " + id);
			if (d.outcome().equals("ELIGIBLE") && awardedAt == null) {
				awardedAt = d.schoolUrn();
			}
			if (d.outcome().equals("NOT_ELIGIBLE") && appealedAt.add(d.schoolUrn())) {
				expect(loader.send("POST", "/api/v1/transport/appeals", officerToken,
						Map.of("applicationId", id, "stage", 1, "grounds",
								"The lane to school has no pavement and no verge."),
						"demo-appeal-" + id), 201, "the appeal on " + id);
			}
		}
		if (awardedAt == null) {
			return;
		}
		// Travel awarded today runs from today: the snow falls on the next weekday.
		LocalDate day = LocalDate.now();
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		Map<String, Object> snow = new LinkedHashMap<>();
		snow.put("kind", "WEATHER");
		snow.put("description", "Snow and ice: no school transport ran to this school");
		snow.put("firstDay", day.toString());
		snow.put("schoolUrns", List.of(awardedAt));
		expect(loader.send("POST", "/api/v1/transport/disruptions", officerToken, snow, "demo-disruption-" + day), 201,
				"the disruption");
	}

	private static void expect(HttpResponse<String> answer, int status, String what) {
		if (answer.statusCode() != status) {
			throw new IllegalStateException(what + " was refused: " + answer.statusCode() + " " + answer.body());
		}
	}

}
