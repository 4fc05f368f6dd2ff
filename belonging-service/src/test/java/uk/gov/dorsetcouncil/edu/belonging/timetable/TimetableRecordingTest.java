package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Recording part-time timetables: every refusal names its field and stores nothing; the
 * same one twice, an overlap, reviews and the end; C2 marks with and without a timetable.
 * Today is Friday 20 November 2026.
 */
class TimetableRecordingTest {

	static final String SCHOOL = "990126";

	static final String OTHER_SCHOOL = "990127";

	static final Upn PUPIL = Upn.withCheckLetter("838200126001");

	static final Upn ELSEWHERE = Upn.withCheckLetter("838200126003");

	static final Caller HEAD = school(SCHOOL);

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	final HeldTimetables store = new HeldTimetables();

	/** C2 marks as attendance would count them: pupil, school, date. */
	final List<String[]> c2 = new ArrayList<>();

	final TimetableRecording recording = new TimetableRecording(this.store,
			(urn, upn, date) -> upn.equals(PUPIL) && urn.equals(SCHOOL), locality -> Set.of(SCHOOL),
			(upn, code, from, to) -> {
				Map<String, Integer> bySchool = new LinkedHashMap<>();
				bySchool.put(SCHOOL, 0);
				this.c2.stream()
					.filter(m -> m[0].equals(upn.value()) && code.equals("C2"))
					.filter(m -> !LocalDate.parse(m[2]).isBefore(from) && !LocalDate.parse(m[2]).isAfter(to))
					.forEach(m -> bySchool.merge(m[1], 1, Integer::sum));
				return bySchool;
			}, LostRaceRetry.withoutPause(1), Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

	static Caller school(String urn) {
		return new Caller("head@" + urn, "mis-" + urn, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("belonging:read", "belonging:write"));
	}

	static Map<String, Object> valid() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("upn", PUPIL.value());
		body.put("schoolUrn", SCHOOL);
		body.put("startDate", "2026-11-02");
		body.put("hoursPerWeek", 15.0);
		body.put("reason", "MEDICAL_CONDITION");
		body.put("parentAgreedOn", "2026-10-30");
		body.put("reintegrationPlan", "Mornings for three weeks, then an afternoon a week more.");
		body.put("reviewDates", List.of("2026-11-16", "2026-11-30"));
		body.put("endDate", "2026-12-11");
		return body;
	}

	@SuppressWarnings("unchecked")
	static TimetableRequest request(Map<String, Object> body) {
		return new TimetableRequest((String) body.get("upn"), (String) body.get("schoolUrn"),
				(String) body.get("startDate"), (Double) body.get("hoursPerWeek"), (String) body.get("reason"),
				(String) body.get("parentAgreedOn"), (String) body.get("reintegrationPlan"),
				(List<String>) body.get("reviewDates"), (String) body.get("endDate"));
	}

	@Test
	void aSchoolRecordsATimetableAndTheFeedTellsOfIt() {
		PartTimeTimetable recorded = this.recording.record(HEAD, request(valid()));

		assertThat(recorded.id()).isEqualTo(PUPIL.value() + "-T1");
		assertThat(recorded.reviewDates()).containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30));
		assertThat(this.store.changes).extracting(Change::entityType, Change::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("part_time_timetable", PUPIL.value() + "-T1"));
	}

	@ParameterizedTest(name = "{0} = {1}: {2} naming {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			startDate         | -                     | 400 | startDate
			startDate         | 2026-13-02            | 400 | startDate
			endDate           | 2026-11-01            | 400 | endDate
			endDate           | ''                    | 400 | endDate
			hoursPerWeek      | -                     | 400 | hoursPerWeek
			hoursPerWeek      | 0.25                  | 400 | hoursPerWeek
			hoursPerWeek      | 32.5                  | 400 | hoursPerWeek
			hoursPerWeek      | 12.3                  | 400 | hoursPerWeek
			reason            | BEHAVIOUR             | 400 | reason
			reason            | -                     | 400 | reason
			parentAgreedOn    | 2026-11-03            | 400 | parentAgreedOn
			parentAgreedOn    | 2026-11-21            | 400 | parentAgreedOn
			parentAgreedOn    | -                     | 400 | parentAgreedOn
			reintegrationPlan | '  '                  | 400 | reintegrationPlan
			reviewDates       | -                     | 400 | reviewDates
			reviewDates       | 2026-11-02            | 400 | reviewDates[0]
			reviewDates       | 2026-12-14            | 400 | reviewDates[0]
			reviewDates       | 2026-11-16;2026-11-16 | 400 | reviewDates[1]
			upn               | A83820012600          | 400 | upn
			upn               | ELSEWHERE             | 422 | upn
			schoolUrn         | 99012                 | 400 | schoolUrn
			""")
	void refusalsNameTheFieldAndStoreNothing(String field, String value, int status, String named) {
		Map<String, Object> body = valid();
		Object sent = switch (field) {
			case "hoursPerWeek" -> (value == null) ? null : Double.valueOf(value);
			case "reviewDates" -> (value == null) ? null : Arrays.asList(value.split(";"));
			case "upn" -> "ELSEWHERE".equals(value) ? ELSEWHERE.value() : value;
			default -> value;
		};
		body.put(field, sent);

		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> this.recording.record(HEAD, request(body)));

		assertThat(refused.problem()).isEqualTo((status == 400) ? Problem.INVALID_INPUT : Problem.RULE_BROKEN);
		assertThat(refused.violations()).extracting(v -> v.field()).containsExactly(named);
		assertThat(this.store.pupils).isEmpty();
	}

	@Test
	void anotherSchoolsPupilIsForbiddenAndTheLocalAuthorityDoesNotRecord() {
		Map<String, Object> body = valid();
		body.put("schoolUrn", OTHER_SCHOOL);
		for (Caller caller : new Caller[] { HEAD, OFFICER }) {
			ProblemException refused = catchThrowableOfType(ProblemException.class,
					() -> this.recording.record(caller, request(body)));
			assertThat(refused.problem()).isEqualTo(Problem.FORBIDDEN);
		}
	}

	@Test
	void theSameTimetableTwiceIsAConflictAndAnOverlapIsRefused() {
		this.recording.record(HEAD, request(valid()));

		ProblemException twice = catchThrowableOfType(ProblemException.class,
				() -> this.recording.record(HEAD, request(valid())));
		Map<String, Object> overlapping = valid();
		overlapping.put("startDate", "2026-11-09");
		overlapping.put("reviewDates", List.of("2026-11-23"));
		ProblemException overlap = catchThrowableOfType(ProblemException.class,
				() -> this.recording.record(HEAD, request(overlapping)));

		assertThat(twice.problem()).isEqualTo(Problem.CONFLICT);
		assertThat(twice.violations()).extracting(v -> v.field()).containsExactly("startDate");
		assertThat(overlap.problem()).isEqualTo(Problem.RULE_BROKEN);
		assertThat(overlap.violations()).extracting(v -> v.field()).containsExactly("startDate");
		assertThat(this.store.find(PUPIL).timetables()).hasSize(1);
	}

	@Test
	void reviewsAndTheEndAreRecordedOnceAndCheckedAgainstTheDates() {
		Map<String, Object> open = valid();
		open.remove("endDate");
		String id = this.recording.record(HEAD, request(open)).id();

		this.recording.review(HEAD, id, "2026-11-16", "2026-12-07");
		PartTimeTimetable again = this.recording.review(OFFICER, id, "2026-11-16", "2026-12-07");
		PartTimeTimetable ended = this.recording.end(HEAD, id, "2026-12-18");

		assertThat(again.reviewsDone()).containsExactly(LocalDate.of(2026, 11, 16));
		assertThat(ended.reviewDates()).hasSize(3);
		assertThat(ended.endDate()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(this.store.changes).extracting(Change::type).hasSize(3);
		assertThat(field(() -> this.recording.review(HEAD, id, "2026-11-01", null))).isEqualTo("reviewedOn");
		assertThat(field(() -> this.recording.review(HEAD, id, "2026-11-23", "2026-11-23"))).isEqualTo("nextReviewOn");
		assertThat(field(() -> this.recording.review(HEAD, id, "2026-11-19", "2027-01-04"))).isEqualTo("nextReviewOn");
		assertThat(field(() -> this.recording.end(HEAD, id, "2026-10-30"))).isEqualTo("endDate");
		assertThat(field(() -> this.recording.end(HEAD, PUPIL.value() + "-1", "2026-12-01"))).isEqualTo("id");
		assertThat(catchThrowableOfType(ProblemException.class,
				() -> this.recording.end(school(OTHER_SCHOOL), id, "2026-12-01"))
			.problem()).isEqualTo(Problem.FORBIDDEN);
	}

	@Test
	void c2MarksOutsideEveryTimetableAndATimetableWithoutC2AreAlerts() {
		String id = this.recording.record(HEAD, request(valid())).id();
		this.recording.review(HEAD, id, "2026-11-16", null);
		// before the timetable: C2 with none agreed
		this.c2.add(new String[] { PUPIL.value(), SCHOOL, "2026-10-12" });
		this.c2.add(new String[] { PUPIL.value(), SCHOOL, "2026-10-13" });

		PupilTimetableStanding standing = this.recording.ofPupil(HEAD, PUPIL.value());

		assertThat(standing.unagreedC2()).singleElement().satisfies(u -> {
			assertThat(u.schoolUrn()).isEqualTo(SCHOOL);
			assertThat(u.sessions()).isEqualTo(2);
		});
		assertThat(standing.timetables()).singleElement()
			.satisfies(s -> assertThat(s.alerts()).containsExactly(TimetableAlert.NO_C2_MARKS));
		assertThat(this.recording.alerts(OFFICER, EnumSet.of(TimetableAlert.NO_C2_MARKS)))
			.extracting(s -> s.timetable().id())
			.containsExactly(id);

		// once the register holds C2 in the timetable, neither alert is raised
		this.c2.clear();
		this.c2.add(new String[] { PUPIL.value(), SCHOOL, "2026-11-03" });
		PupilTimetableStanding marked = this.recording.ofPupil(HEAD, PUPIL.value());

		assertThat(marked.unagreedC2()).isEmpty();
		assertThat(marked.timetables().get(0).alerts()).isEmpty();
		assertThat(marked.timetables().get(0).c2Sessions()).isEqualTo(1);
		assertThat(this.recording.alerts(OFFICER, EnumSet.allOf(TimetableAlert.class))).isEmpty();
	}

	private static String field(Runnable call) {
		return catchThrowableOfType(ProblemException.class, call::run).violations().get(0).field();
	}

}
