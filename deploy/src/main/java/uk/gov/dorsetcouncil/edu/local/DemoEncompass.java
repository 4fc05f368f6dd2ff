package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * The demo's Operation Encompass week (ADR 0041), sent as Dorset Police's system does:
 * the client-credentials token of {@code dorset-police-encompass}, under the agreement
 * {@code DSA-OPERATION-ENCOMPASS}, one Idempotency-Key each. Incidents over the past week
 * at evening times, one on the last Friday evening; most about children on the demo
 * schools' rolls, as the police hold them (name, date of birth, postcode), and so matched
 * and delivered to their schools; two about children on no roll and one whose given name
 * the police hold differently, which wait in the LA's queue. The platform stamps each as
 * received when the demo loads it: a receipt time is the platform's, never the sender's.
 */
final class DemoEncompass {

	static final String AGREEMENT = "DSA-OPERATION-ENCOMPASS";

	static final String POLICE = "dorset-police-encompass";

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private DemoEncompass() {
	}

	/**
	 * Sends the week's notifications.
	 * @return how many were sent
	 */
	static int load(DemoLoader loader, County county, Instant now) throws IOException, InterruptedException {
		String token = loader.clientToken(POLICE);
		List<Map<String, Object>> notifications = week(county, now);
		for (int i = 0; i < notifications.size(); i++) {
			HttpResponse<String> answer = loader.send("POST", "/api/v1/encompass/notifications", token,
					notifications.get(i), "demo-encompass-" + i,
					Map.of("X-Dorset-Purpose", "OPERATION_ENCOMPASS", "X-Dorset-Agreement", AGREEMENT));
			if (answer.statusCode() != 201 && answer.statusCode() != 200) {
				throw new IllegalStateException(
						"the demo's notification was refused: " + answer.statusCode() + " " + answer.body());
			}
		}
		return notifications.size();
	}

	/**
	 * Where the demo school's webhook points: no such host, and the local run starts no
	 * receiver.
	 */
	static final String WEBHOOK_URL = "https://safeguarding.demo-school.invalid/encompass";

	/**
	 * Registers a webhook for the school DSL persona's school (ADR 0045), paused: the
	 * local run starts no receiver for it, so the registration, its pause and, once
	 * resumed, its dead letters are there to see. Registered after the week's
	 * notifications, which reach the inbox only.
	 */
	static void registerWebhook(DemoLoader loader, String dslToken) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("school", Persona.DEFAULT_SCHOOL_URN);
		body.put("url", WEBHOOK_URL);
		body.put("status", "PAUSED");
		HttpResponse<String> answer = loader.send("POST", "/api/v1/encompass/webhooks", dslToken, body,
				"demo-webhook-" + Persona.DEFAULT_SCHOOL_URN);
		// 409: the school changed its webhook since (rotated, resumed): kept as it is.
		if (answer.statusCode() != 201 && answer.statusCode() != 200 && answer.statusCode() != 409) {
			throw new IllegalStateException(
					"the demo's webhook was refused: " + answer.statusCode() + " " + answer.body());
		}
	}

	/** The notifications, oldest incident first. */
	static List<Map<String, Object>> week(County county, Instant now) {
		LocalDate today = now.atZone(ENGLAND).toLocalDate();
		List<Pupil> children = new ArrayList<>();
		for (School school : county.schools()) {
			county.pupilsOnRollBy(school)
				.stream()
				.filter((pupil) -> pupil.leavingDate() == null && pupil.yearGroup() >= 0 && pupil.yearGroup() <= 11)
				.findFirst()
				.ifPresent(children::add);
			if (children.size() == 5) {
				break;
			}
		}
		List<Map<String, Object>> week = new ArrayList<>();
		LocalDate friday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
		for (int i = 0; i < children.size(); i++) {
			Pupil pupil = children.get(i);
			// The first child's incident is on the last Friday evening.
			LocalDate day = (i == 0) ? friday : today.minusDays(6 - i);
			week.add(notification("DP/DEMO/" + (1001 + i), at(day, LocalTime.of(19, 45), now), pupil.familyName(),
					pupil.givenName(), pupil.dateOfBirth().toString(), pupil.postcode()));
		}
		if (!children.isEmpty()) {
			Pupil known = children.get(children.size() - 1);
			// Held under another given name: not confident, so a person decides.
			week.add(notification("DP/DEMO/2001", at(today.minusDays(2), LocalTime.of(22, 10), now), known.familyName(),
					"Unknown", known.dateOfBirth().toString(), known.postcode()));
		}
		week.add(notification("DP/DEMO/3001", at(today.minusDays(3), LocalTime.of(20, 30), now), "Pemberton-Quayle",
				"Jordan", "2015-03-02", "DT1 2AB"));
		week.add(notification("DP/DEMO/3002", at(today.minusDays(1), LocalTime.of(23, 5), now), "Farquharson", "Riley",
				"2013-11-19", null));
		return week;
	}

	private static Instant at(LocalDate day, LocalTime time, Instant now) {
		Instant at = day.atTime(time).atZone(ENGLAND).toInstant();
		return at.isAfter(now) ? now.minusSeconds(3600) : at;
	}

	private static Map<String, Object> notification(String reference, Instant at, String familyName, String givenName,
			String dateOfBirth, String postcode) {
		Map<String, Object> child = new LinkedHashMap<>();
		child.put("familyName", familyName);
		child.put("givenName", givenName);
		child.put("dateOfBirth", dateOfBirth);
		if (postcode != null) {
			child.put("postcode", postcode);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("policeReference", reference);
		body.put("incidentAt", at.toString());
		body.put("location", "the child's home");
		body.put("child", child);
		body.put("childPresent", true);
		body.put("schoolNeedsToKnow", "Officers attended a domestic incident at home; " + givenName
				+ " was present and upset. Please offer a check-in with a trusted adult.");
		return body;
	}

}
