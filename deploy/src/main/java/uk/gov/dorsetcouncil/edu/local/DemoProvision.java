package uk.gov.dorsetcouncil.edu.local;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Session;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.GeneratedTimetable;

/**
 * What the demo shows of part-time timetables, alternative provision and managed moves
 * (belonging ADR 0036). The synthetic models are calibrated at the county's scale; at the
 * demo's tenth of each year group in twelve schools they expect under one part-time
 * timetable and no permanent exclusion, so the demo adds a few records of its own, each
 * on a school day of the loaded calendar with the pupil on roll: a part-time timetable at
 * each secondary school the model gave none (the pupil's afternoons marked {@code C2} in
 * the registers), an LA placement for health needs, a school's off-site direction at the
 * Learning Centre ended by reintegration, and a managed move between two secondaries
 * whose new roll is not yet confirmed.
 */
final class DemoProvision {

	/** The autumn term 2026's fifth week: after the register's first weeks. */
	static final LocalDate TIMETABLES_FROM = LocalDate.of(2026, 10, 5);

	private DemoProvision() {
	}

	/**
	 * The school's timetables: the model's, or one the demo adds at a secondary school
	 * the model gave none (every other one with no end date, so both kinds of alert
	 * show).
	 */
	static List<GeneratedTimetable> timetables(County county, School school, List<GeneratedTimetable> generated) {
		if (!county.scale().name().equals("demo") || school.phase() != Phase.SECONDARY || !generated.isEmpty()) {
			return generated;
		}
		int nth = secondaries(county).indexOf(school);
		Optional<Pupil> pupil = pupil(county, school, 9, 0);
		Optional<LocalDate> start = pupil.flatMap(p -> firstSchoolDay(county, school, p, TIMETABLES_FROM));
		if (start.isEmpty()) {
			return generated;
		}
		LocalDate end = (nth % 2 == 0) ? null : start.get().plusWeeks(10).minusDays(1);
		List<LocalDate> reviews = new ArrayList<>();
		for (int week = 4; week <= 12; week += 4) {
			reviews.add(start.get().plusWeeks(week));
		}
		if (end != null) {
			reviews.removeIf(review -> review.isAfter(end));
		}
		// the first review kept, the later ones not yet
		return List.of(new GeneratedTimetable(school.urn(), pupil.get().upn(), start.get(), 15,
				"REINTEGRATION_AFTER_ABSENCE", start.get().minusDays(3), reviews, reviews.subList(0, 1), end));
	}

	/**
	 * The mark sent for a session: an afternoon of a pupil on an agreed part-time
	 * timetable (mornings only) is {@code C2}, as the school would record it.
	 */
	static String code(SessionMark mark, List<GeneratedTimetable> timetables) {
		if (mark.session() != Session.PM) {
			return mark.code();
		}
		for (GeneratedTimetable timetable : timetables) {
			if (timetable.upn().equals(mark.upn()) && !mark.date().isBefore(timetable.startDate())
					&& (timetable.endDate() == null || !mark.date().isAfter(timetable.endDate()))) {
				return "C2";
			}
		}
		return mark.code();
	}

	/**
	 * Records the demo's placements and managed move, each with a retry key.
	 * @return the placements and moves recorded
	 */
	static int load(DemoLoader loader, County county, DevTokenIssuer issuer) throws Exception {
		List<School> secondaries = secondaries(county);
		Optional<School> centre = county.schools()
			.stream()
			.filter(s -> s.phase() == Phase.ALTERNATIVE_PROVISION)
			.findFirst();
		if (secondaries.size() < 4 || centre.isEmpty()) {
			return 0;
		}
		String la = issuer.tokenFor("la-inclusion-officer", null);
		int recorded = 0;
		// the LA's tuition for a pupil kept from school by health needs
		School first = secondaries.get(0);
		Optional<Pupil> unwell = pupil(county, first, 10, 0);
		Optional<LocalDate> tuition = unwell.flatMap(p -> firstSchoolDay(county, first, p, LocalDate.of(2026, 9, 21)));
		if (tuition.isPresent()) {
			Map<String, Object> body = placement(unwell.get(), first, "LOCAL_AUTHORITY", "HEALTH_NEEDS",
					"Dorset Hospital Education Service", null, "HOSPITAL_SCHOOL", tuition.get(), null, 5, false,
					List.of(tuition.get().plusWeeks(6), tuition.get().plusWeeks(12)));
			String id = created(
					loader.send("POST", "/api/v1/belonging/ap-placements", la, body, "demo-ap-" + unwell.get().upn()),
					"a placement for health needs");
			created(loader.send("PUT", "/api/v1/belonging/ap-placements/" + id + "/reviews", la,
					Map.of("reviewedOn", tuition.get().plusWeeks(6).toString())), "its review");
			recorded++;
		}
		// the school's off-site direction to the Learning Centre, six weeks, then back
		School second = secondaries.get(1);
		Optional<Pupil> directed = pupil(county, second, 10, 1);
		Optional<LocalDate> direction = directed
			.flatMap(p -> firstSchoolDay(county, second, p, LocalDate.of(2026, 10, 12)));
		if (direction.isPresent()) {
			LocalDate end = direction.get().plusWeeks(6).minusDays(3);
			String dsl = issuer.tokenFor("school-dsl", second.urn());
			Map<String, Object> body = placement(directed.get(), second, "SCHOOL", "OFF_SITE_DIRECTION",
					centre.get().name(), centre.get().urn(), "PUPIL_REFERRAL_UNIT", direction.get(), end, 6,
					centre.get().locality() != second.locality(), List.of(direction.get().plusWeeks(3)));
			String id = created(loader.send("POST", "/api/v1/belonging/ap-placements", dsl, body,
					"demo-ap-" + directed.get().upn()), "an off-site direction");
			if (!end.isAfter(LocalDate.now())) {
				created(loader.send("PUT", "/api/v1/belonging/ap-placements/" + id + "/outcome", dsl,
						Map.of("endDate", end.toString(), "outcome", "REINTEGRATED")), "its outcome");
			}
			recorded++;
		}
		// a managed move from the third secondary to the fourth, not yet on the new roll
		School from = secondaries.get(2);
		School to = secondaries.get(3);
		Optional<Pupil> mover = pupil(county, from, 8, 0);
		Optional<LocalDate> moveStart = mover.flatMap(p -> firstSchoolDay(county, to, p, LocalDate.of(2026, 11, 9)));
		if (moveStart.isPresent()) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("upn", mover.get().upn());
			body.put("fromSchoolUrn", from.urn());
			body.put("toSchoolUrn", to.urn());
			body.put("parentAgreedOn", moveStart.get().minusDays(7).toString());
			body.put("newSchoolAgreedOn", moveStart.get().minusDays(6).toString());
			body.put("startDate", moveStart.get().toString());
			created(loader.send("POST", "/api/v1/belonging/managed-moves", issuer.tokenFor("school-dsl", from.urn()),
					body, "demo-move-" + mover.get().upn()), "a managed move");
			recorded++;
		}
		return recorded;
	}

	private static Map<String, Object> placement(Pupil pupil, School school, String commissioner, String reason,
			String provider, String providerUrn, String setting, LocalDate start, LocalDate end, int sessions,
			boolean away, List<LocalDate> reviews) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("upn", pupil.upn());
		body.put("schoolUrn", school.urn());
		body.put("commissionedBy", commissioner);
		body.put("reason", reason);
		body.put("providerName", provider);
		if (providerUrn != null) {
			body.put("providerUrn", providerUrn);
		}
		body.put("setting", setting);
		body.put("startDate", start.toString());
		if (end != null) {
			body.put("endDate", end.toString());
		}
		body.put("sessionsPerWeek", sessions);
		body.put("awayFromHomeLocality", away);
		body.put("reviewDates", reviews.stream().map(LocalDate::toString).toList());
		return body;
	}

	private static String created(HttpResponse<String> answer, String what) {
		if (answer.statusCode() != 201 && answer.statusCode() != 200) {
			throw new IllegalStateException(what + " was refused: " + answer.statusCode() + " " + answer.body());
		}
		int at = answer.body().indexOf("\"id\":\"");
		return (at < 0) ? null : answer.body().substring(at + 6, answer.body().indexOf('"', at + 6));
	}

	private static List<School> secondaries(County county) {
		return county.schools().stream().filter(s -> s.phase() == Phase.SECONDARY).toList();
	}

	/**
	 * The school's {@code nth} pupil of the year group on roll by the demo's last
	 * register day.
	 */
	private static Optional<Pupil> pupil(County county, School school, int yearGroup, int nth) {
		return county.pupilsOnRollBy(school)
			.stream()
			.filter(p -> p.yearGroup() == yearGroup && p.leavingDate() == null)
			.skip(nth)
			.findFirst();
	}

	/** The school's first school day from {@code from} with the pupil on its roll. */
	private static Optional<LocalDate> firstSchoolDay(County county, School school, Pupil pupil, LocalDate from) {
		return county.schoolDays()
			.between(school.urn(), from, from.plusWeeks(4))
			.stream()
			.filter(day -> day.isBefore(LocalDate.now()))
			.filter(day -> !school.urn().equals(pupil.urn()) || pupil.onRoll(day))
			.findFirst();
	}

}
