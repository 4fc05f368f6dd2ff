package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * The demo's pledge activity (ADR 0039), sent through the gateway as the people who keep
 * it: each pledge's working group sets its commitments' measures, actions and evidence
 * and names owners; values are recorded by hand by the working groups and by the owner
 * they named; the Education Board analyst makes the report for the autumn 2026 meeting
 * and overrides one status with a reason, then makes the report for the summer 2026
 * meeting, from which the stakeholder update is read (ADR 0042). Before the reports,
 * schools send their workforce figures for the term in progress ({@link DemoWorkforce},
 * ADR 0046), which the Workforce Pledge's measures read. Platform measures read
 * attendance's demo figures live. The activity is {@code demo/pledges.json}.
 */
final class DemoPledges {

	static final String RESOURCE = "/demo/pledges.json";

	private DemoPledges() {
	}

	/**
	 * Loads the activity.
	 * @return the values recorded by hand
	 */
	static int load(DemoLoader loader, DevTokenIssuer issuer, List<School> schools)
			throws IOException, InterruptedException {
		JsonNode demo = read();
		Map<String, String> tokens = new HashMap<>();
		for (JsonNode commitment : demo.get("commitments")) {
			expect(loader.send("PUT", "/api/v1/pledges/commitments/" + commitment.get("key").asString(),
					token(issuer, tokens, commitment.get("persona").asString()), commitment.get("body")), 200);
		}
		int recorded = 0;
		for (JsonNode value : demo.get("values")) {
			expect(loader.send("POST",
					"/api/v1/pledges/commitments/" + value.get("key").asString() + "/measures/"
							+ value.get("measure").asString() + "/values",
					token(issuer, tokens, value.get("persona").asString()), value.get("body"),
					"demo-pledge-value-" + recorded), 201);
			recorded++;
		}
		String analyst = token(issuer, tokens, "education-board-analyst");
		DemoWorkforce.load(loader, issuer, schools, demo.at("/workforce/notYetSubmittedEvery").asInt(), analyst,
				token(issuer, tokens, "workforce-pledge-group"));
		JsonNode report = demo.get("report");
		String meeting = report.get("meeting").asString();
		HttpResponse<String> made = loader.send("POST", "/api/v1/pledges/reports", analyst, Map.of("meeting", meeting));
		if (made.statusCode() != 409) {
			expect(made, 201);
		}
		JsonNode override = report.get("override");
		expect(loader.send("PUT", "/api/v1/pledges/reports/" + meeting + "/overrides/" + override.get("key").asString(),
				analyst,
				Map.of("status", override.get("status").asString(), "reason", override.get("reason").asString())), 200);
		String summer = demo.at("/summerUpdate/meeting").asString();
		HttpResponse<String> summerReport = loader.send("POST", "/api/v1/pledges/reports", analyst,
				Map.of("meeting", summer));
		if (summerReport.statusCode() != 409) {
			expect(summerReport, 201);
		}
		expect(loader.send("GET", "/api/v1/pledges/reports/" + summer + "/stakeholder-update", analyst, null), 200);
		return recorded;
	}

	private static String token(DevTokenIssuer issuer, Map<String, String> tokens, String persona) {
		return tokens.computeIfAbsent(persona, name -> issuer.tokenFor(name, null));
	}

	private static void expect(HttpResponse<String> answer, int status) {
		if (answer.statusCode() != status) {
			throw new IllegalStateException("the demo's pledge activity was refused: " + answer.request().method() + " "
					+ answer.request().uri() + " -> " + answer.statusCode() + " " + answer.body());
		}
	}

	static JsonNode read() {
		try (InputStream in = DemoPledges.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
