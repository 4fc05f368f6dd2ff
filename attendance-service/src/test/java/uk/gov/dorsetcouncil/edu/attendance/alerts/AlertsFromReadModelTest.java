package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldEnrolment;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.attendance.support.AllPages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The alerts as served (rules over packed marks, rolls, marks and plans from the
 * in-memory read model, ADR 0008) give the same answers as the rules read session by
 * session from the stores, on generated pupils, before and after amendments.
 */
class AlertsFromReadModelTest {

	private static final TermDates DORSET = TermDates.dorset();

	private static final String[] PRESENT = { "/", "\\", "L", "K", "V", "B" };

	private static final String[] ABSENT = { "I", "I", "O", "G", "U", "N", "M", "C", "E" };

	private static final String[] NOT_POSSIBLE = { "D", "X", "Y1", "Q", "#" };

	/**
	 * Codes a school may send for any pupil on a school day (D needs dual registration).
	 */
	private static final String[] NOT_POSSIBLE_SENT = { "Y1", "Q", "Y7" };

	private static final Caller CASEWORK = new Caller("officer", "casework", Organisation.localAuthority("838"),
			Set.of(), Set.of("casework:write"));

	@Test
	void rulesOverPackedMarksAgreeWithTheRulesReadSessionBySession() {
		SplittableRandom random = new SplittableRandom(20_261_123L);
		Set<AlertType> seen = EnumSet.noneOf(AlertType.class);
		int withAlerts = 0;
		for (int pupil = 0; pupil < 1_500; pupil++) {
			AlertSettings settings = List.of(AlertSettings.DEFAULTS, new AlertSettings(1, 0), new AlertSettings(10, 30))
				.get(random.nextInt(3));
			Set<LocalDate> closures = new HashSet<>();
			for (int c = random.nextInt(4); c > 0; c--) {
				closures.add(LocalDate.of(2025, 9, 1).plusDays(random.nextInt(690)));
			}
			SchoolCalendar calendar = new SchoolCalendar(DORSET, closures);
			PupilHistory history = history(random, calendar);
			LocalDate asOf = LocalDate.of(2025, 8, 1).plusDays(random.nextInt(730));
			Optional<AttendancePlan> plan = switch (random.nextInt(3)) {
				case 0 -> Optional.empty();
				default -> Optional.of(plan(history.urn(), history.upn(), asOf.plusDays(random.nextInt(60) - 30), 1));
			};
			List<Alert> served = new AlertRules(settings).evaluate(history, calendar, asOf, plan);
			assertThat(served).as("pupil %d as of %s", pupil, asOf)
				.isEqualTo(new AlertRulesAsWritten(settings).evaluate(history, calendar, asOf, plan));
			served.forEach((alert) -> seen.add(alert.type()));
			withAlerts += served.isEmpty() ? 0 : 1;
		}
		assertThat(seen).containsExactlyInAnyOrder(AlertType.values());
		assertThat(withAlerts).isBetween(300, 1_400);
	}

	@Test
	void readModelAnswersAsTheStoresDoBeforeAndAfterAmendments() {
		try (InMemoryStores stores = new InMemoryStores()) {
			stores.schoolRegistration.put(LA, "113001", "8382001", "Abbey Primary", "PRIMARY", "NORTH");
			stores.schoolRegistration.put(LA, "113002", "8384001", "Bridport Secondary", "SECONDARY", "CHESIL");
			stores.schoolRegistration.put(LA, "113003", "8382002", "Cerne Middle", "MIDDLE", "NORTH");
			List<String> schools = List.of("113001", "113002", "113003");
			SchoolCalendar calendar = new SchoolCalendar(DORSET, Set.of());
			SplittableRandom random = new SplittableRandom(838L);
			List<MarkRow> rows = new ArrayList<>();
			Map<Integer, LocalDate> admissions = new HashMap<>();
			for (int serial = 1; serial <= 120; serial++) {
				String urn = schools.get(serial % 3);
				LocalDate admission = (random.nextInt(10) == 0) ? LocalDate.of(2026, 9, 3).plusDays(random.nextInt(60))
						: LocalDate.of(2021, 9, 1);
				admissions.put(serial, admission);
				stores.roll.putOnRoll(LA, urn, upn(serial),
						new PupilDetails("Pupil", "P" + serial, "2016-05-04", 5 + serial % 4, "F", admission.toString(),
								null, null, null, null, null, random.nextInt(8) == 0, null, null, null, null, null));
				if (serial % 17 == 0) {
					stores.roll.putOnRoll(LA, schools.get((serial + 1) % 3), upn(serial), new PupilDetails("Pupil",
							"P" + serial, "2016-05-04", 5 + serial % 4, "F", "2026-09-03", null));
				}
				marks(rows, random, calendar, urn, serial, admission, LocalDate.of(2025, 9, 1));
			}
			ingest(stores, rows);
			for (int serial = 3; serial <= 120; serial += 9) {
				String urn = schools.get(serial % 3);
				if (serial % 2 == 0) {
					// A review already missed: only the store takes it as it is.
					stores.plans.save(plan(urn, new Upn(upn(serial)), LocalDate.of(2026, 11, 1), 0));
				}
				else {
					stores.planning.put(CASEWORK, urn, upn(serial),
							new AttendancePlanning.PlanDetails("Attendance officer", List
								.of(new AttendancePlanning.ActionDetails("Weekly call home", "school", null, false)),
									"2026-12-15"));
				}
			}
			NeedsHelpNow fromStores = new NeedsHelpNow(stores.schools, fromStores(stores.pupils, stores.marks),
					stores.pupils, DORSET, stores.storedPlans, AlertSettings.DEFAULTS,
					Clock.fixed(InMemoryStores.TODAY.atTime(15, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
							ZoneId.of("Europe/London")));
			List<Alert> before = allAlerts(stores.needsHelpNow);
			assertThat(before).hasSizeGreaterThan(40);
			assertSameAnswers(stores.needsHelpNow, fromStores, schools);

			List<MarkRow> amendments = new ArrayList<>();
			for (int serial = 1; serial <= 120; serial += 7) {
				marks(amendments, random, calendar, schools.get(serial % 3), serial, admissions.get(serial),
						LocalDate.of(2026, 10, 12));
			}
			ingest(stores, amendments);
			stores.roll.putOnRoll(LA, schools.get(4 % 3), upn(4),
					new PupilDetails("Pupil", "P4", "2016-05-04", 5, "F", "2021-09-01", "2026-11-13"));
			stores.planning.delete(CASEWORK, schools.get(3 % 3), upn(3));
			stores.plans.save(plan(schools.get(5 % 3), new Upn(upn(5)), LocalDate.of(2026, 11, 2), 0));
			stores.planning.put(CASEWORK, schools.get(12 % 3), upn(12),
					new AttendancePlanning.PlanDetails("Attendance officer",
							List.of(new AttendancePlanning.ActionDetails("Home visit", "officer", null, false)),
							"2026-12-01"));

			assertThat(allAlerts(stores.needsHelpNow)).isNotEqualTo(before);
			assertSameAnswers(stores.needsHelpNow, fromStores, schools);
		}
	}

	private static void assertSameAnswers(NeedsHelpNow served, NeedsHelpNow fromStores, List<String> schools) {
		assertThat(allAlerts(served)).isEqualTo(allAlerts(fromStores));
		assertThat(served.counts(LA, null, null)).isEqualTo(fromStores.counts(LA, null, null));
		assertThat(served.counts(LA, null, "NORTH")).isEqualTo(fromStores.counts(LA, null, "NORTH"));
		for (String urn : schools) {
			assertThat(served.counts(LA, urn, null)).isEqualTo(fromStores.counts(LA, urn, null));
			assertThat(AllPages.of((page) -> served.alerts(LA, urn, "SEVERE_ABSENCE", page).page()))
				.isEqualTo(AllPages.of((page) -> fromStores.alerts(LA, urn, "SEVERE_ABSENCE", page).page()));
		}
		assertThat(AllPages.of((page) -> served.transition(LA, null, page).page()))
			.isEqualTo(AllPages.of((page) -> fromStores.transition(LA, null, page).page()));
	}

	private static List<Alert> allAlerts(NeedsHelpNow needsHelpNow) {
		return AllPages.of((page) -> needsHelpNow.alerts(LA, null, null, page).page());
	}

	private static void ingest(InMemoryStores stores, List<MarkRow> rows) {
		BatchOutcome outcome = stores.ingest.start(LA).apply(rows);
		assertThat(outcome.rejected()).isEmpty();
	}

	/** A mark for each session of each school day on roll from one day to today. */
	private static void marks(List<MarkRow> rows, SplittableRandom random, SchoolCalendar calendar, String urn,
			int serial, LocalDate admission, LocalDate from) {
		double absence = List.of(0.02, 0.08, 0.2, 0.6).get(random.nextInt(4));
		int runDays = (random.nextInt(5) == 0) ? 10 + random.nextInt(25) : 0;
		LocalDate runFrom = InMemoryStores.TODAY.minusDays(runDays * 7 / 5 + 1);
		for (LocalDate day = from; !day.isAfter(InMemoryStores.TODAY); day = day.plusDays(1)) {
			if (!calendar.isSchoolDay(day) || day.isBefore(admission) || random.nextInt(40) == 0) {
				continue;
			}
			boolean inRun = !day.isBefore(runFrom);
			for (String session : List.of("AM", "PM")) {
				String code = inRun ? "O" : code(random, absence);
				rows.add(new MarkRow(rows.size() + 1, urn, upn(serial), day.toString(), session,
						presentIn(code, session)));
			}
		}
	}

	/**
	 * The present mark is the session's own: '/' in the morning, '\\' in the afternoon.
	 */
	static String presentIn(String code, String session) {
		boolean present = code.equals("/") || code.equals("\\");
		return present ? (session.equals("AM") ? "/" : "\\") : code;
	}

	private static String code(SplittableRandom random, double absence) {
		if (random.nextInt(100) == 0) {
			return NOT_POSSIBLE_SENT[random.nextInt(NOT_POSSIBLE_SENT.length)];
		}
		return (random.nextDouble() < absence) ? ABSENT[random.nextInt(ABSENT.length)]
				: PRESENT[random.nextInt(PRESENT.length)];
	}

	/**
	 * A pupil with marks over two academic years, some on days off roll and off school
	 * days, runs of unauthorised absence, and admission and leaving at any time.
	 */
	private static PupilHistory history(SplittableRandom random, SchoolCalendar calendar) {
		double absence = List.of(0.01, 0.05, 0.12, 0.3, 0.7).get(random.nextInt(5));
		String runCode = List.of("O", "G", "U", "N").get(random.nextInt(4));
		Map<AcademicYear, YearMarks> years = new HashMap<>();
		for (int start : new int[] { 2025, 2026 }) {
			AcademicYear year = new AcademicYear(start);
			char[] packed = new char[2 * year.lengthInDays()];
			Arrays.fill(packed, YearMarks.NO_MARK);
			int run = 0;
			for (int day = 0; day < year.lengthInDays(); day++) {
				LocalDate date = year.firstDay().plusDays(day);
				boolean schoolDay = calendar.isSchoolDay(date);
				if (schoolDay && run == 0 && random.nextInt(60) == 0) {
					run = 5 + random.nextInt(30);
				}
				for (int session = 0; session < 2; session++) {
					String code;
					if (!schoolDay) {
						code = (random.nextInt(50) == 0) ? NOT_POSSIBLE[random.nextInt(NOT_POSSIBLE.length)] : null;
					}
					else if (random.nextInt(25) == 0) {
						code = null;
					}
					else if (run > 0) {
						code = (random.nextInt(30) == 0) ? "D" : runCode;
					}
					else if (random.nextInt(100) == 0) {
						code = NOT_POSSIBLE[random.nextInt(NOT_POSSIBLE.length)];
					}
					else {
						code = (random.nextDouble() < absence) ? ABSENT[random.nextInt(ABSENT.length)]
								: PRESENT[random.nextInt(PRESENT.length)];
					}
					if (code != null) {
						packed[2 * day + session] = AttendanceCode.fromSymbol(code).storage();
					}
				}
				run = (schoolDay && run > 0) ? run - 1 : run;
			}
			if (random.nextInt(6) != 0) {
				years.put(year, new YearMarks(Marking.URN, Marking.UPN, year, new String(packed), 1));
			}
		}
		LocalDate admission = (random.nextInt(3) == 0) ? LocalDate.of(2021, 9, 1)
				: LocalDate.of(2025, 8, 1).plusDays(random.nextInt(700));
		LocalDate leaving = (random.nextInt(4) == 0) ? admission.plusDays(random.nextInt(300)) : null;
		return new PupilHistory(Marking.URN, Marking.UPN, "Sam Pupil", 6, admission, leaving, random.nextInt(5) == 0,
				years);
	}

	private static AttendancePlan plan(String urn, Upn upn, LocalDate reviewDate, long version) {
		return new AttendancePlan(urn, upn, "Attendance officer",
				List.of(new AttendancePlan.Action("Home visit", "officer", null, false)), reviewDate, "officer",
				Instant.parse("2025-09-01T10:00:00Z"), version);
	}

	/** Rolls read a page at a time and marks read by key, from the stores. */
	private static RollsAndMarks fromStores(PupilRecords pupils, MarkStore marks) {
		return new RollsAndMarks() {

			@Override
			public List<HeldEnrolment> everOnRoll(String urn) {
				List<HeldEnrolment> roll = new ArrayList<>();
				for (int page = 0;; page++) {
					List<Pupil> found = pupils.roll(urn, page, 7);
					found.forEach((pupil) -> roll.add(enrolment(pupil, urn)));
					if (found.size() < 7) {
						return roll;
					}
				}
			}

			@Override
			public List<HeldEnrolment> enrolments(String urn, Upn upn) {
				Pupil pupil = pupils.find(upn).orElseThrow();
				return pupil.enrolments().stream().map((enrolment) -> enrolment(pupil, enrolment.urn())).toList();
			}

			@Override
			public Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys) {
				return marks.findAll(keys);
			}

		};
	}

	/** The social care plan as the roll's census characteristics record it. */
	private static HeldEnrolment enrolment(Pupil pupil, String urn) {
		Enrolment enrolment = pupil.enrolmentAt(urn).orElseThrow();
		return new HeldEnrolment(pupil.upn(), enrolment, pupil.yearGroup(),
				pupil.characteristics().childInNeed() || pupil.characteristics().childProtectionPlan());
	}

}
