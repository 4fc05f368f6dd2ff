package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.quicktheories.core.Gen;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The measures for any valid register sequence: generated marks, each a code valid in its
 * session, for a few pupils over school days of the autumn term 2025, sent through the
 * bulk ingest the service uses (register-shaped requests through the schools' inboxes,
 * larger ones straight into the pupils' years, ADR 0017) into three schools alike: all in
 * one request, split into several requests in order, and the same requests in another
 * order with the inbox folded half way. Each pupil's figures and each school's are the
 * same in the three, are the marks counted by hand the DfE way, have every rate between 0
 * and 100, and the school's figures are those read pupil by pupil from the stores
 * ({@link AreaFiguresAsWritten}).
 */
@TestInstance(Lifecycle.PER_CLASS)
class AnyRegisterSequenceTest {

	/** Each example registers three schools and their pupils; a few seconds in all. */
	private static final int EXAMPLES = 40;

	/** The first 30 school days of the autumn term 2025 in Dorset. */
	private static final List<LocalDate> DAYS = schoolDays(LocalDate.of(2025, 9, 1), 30);

	/**
	 * Codes a school may send for a pupil on its roll, by session (D needs dual
	 * registration).
	 */
	private static final List<AttendanceCode> AM_CODES = codesFor(Session.AM);

	private static final List<AttendanceCode> PM_CODES = codesFor(Session.PM);

	private InMemoryStores stores;

	private AreaFiguresAsWritten asWritten;

	private int schools;

	private int pupils;

	@BeforeAll
	void stores() {
		this.stores = new InMemoryStores();
		this.asWritten = new AreaFiguresAsWritten(this.stores.schools, this.stores.pupils, this.stores.marks,
				TermDates.dorset());
	}

	@AfterAll
	void close() {
		this.stores.close();
	}

	@Test
	void anyRegisterSequenceGivesRatesFrom0To100AndTheSameFiguresHoweverItIsSplitIntoRequests() {
		qt().withExamples(EXAMPLES).forAll(sequences()).checkAssert((sequence) -> {
			List<School> schools = List.of(school(sequence.pupils()), school(sequence.pupils()),
					school(sequence.pupils()));
			List<List<Mark>> requests = sequence.requests();
			List<List<Mark>> reordered = new ArrayList<>(requests);
			Collections.shuffle(reordered, new Random(sequence.order()));

			send(schools.get(0), List.of(sequence.marks()));
			send(schools.get(1), requests);
			send(schools.get(2), reordered.subList(0, reordered.size() / 2));
			this.stores.fold.fold(schools.get(2).urn());
			send(schools.get(2), reordered.subList(reordered.size() / 2, reordered.size()));

			for (int pupil = 0; pupil < sequence.pupils(); pupil++) {
				SessionCounts counted = countedByHand(sequence.marks(), pupil);
				AttendanceFigures first = figures(schools.get(0), pupil);
				assertThat(first.counts()).isEqualTo(counted);
				assertRatesWithin0To100(first);
				assertThat(first.persistentlyAbsent())
					.isEqualTo(counted.possible() > 0 && counted.absent() * 10 >= counted.possible());
				assertThat(figures(schools.get(1), pupil)).isEqualTo(first);
				assertThat(figures(schools.get(2), pupil)).isEqualTo(first);
			}
			GroupFigures school = total(schools.get(0));
			assertThat(total(schools.get(1))).isEqualTo(school);
			assertThat(total(schools.get(2))).isEqualTo(school);
			for (School each : schools) {
				assertThat(servedTotal(each)).isEqualTo(asWrittenTotal(each));
				assertRatesWithin0To100(servedTotal(each));
			}
		});
	}

	private record School(String urn, List<String> upns) {
	}

	/** A mark for pupil {@code pupil} on school day {@code day} of {@link #DAYS}. */
	record Mark(int pupil, int day, Session session, AttendanceCode code) {

		MarkRow row(School school, long row) {
			return new MarkRow(row, school.urn(), school.upns().get(this.pupil), DAYS.get(this.day).toString(),
					this.session.name(), this.code.symbol());
		}

	}

	/**
	 * Marks for {@code pupils} pupils, each session marked at most once; the requests
	 * they are split into (cut before each index of {@code cuts}); a seed for another
	 * order of those requests.
	 */
	record Sequence(int pupils, List<Mark> marks, int[] cuts, long order) {

		List<List<Mark>> requests() {
			List<List<Mark>> requests = new ArrayList<>();
			int from = 0;
			for (int cut : this.cuts) {
				if (cut > from && cut < this.marks.size()) {
					requests.add(this.marks.subList(from, cut));
					from = cut;
				}
			}
			requests.add(this.marks.subList(from, this.marks.size()));
			return requests;
		}

		@Override
		public String toString() {
			return this.pupils + " pupils, " + this.marks.size() + " marks, cut at " + Arrays.toString(this.cuts)
					+ ", reordered by " + this.order + ": " + this.marks;
		}

	}

	/**
	 * One to three pupils; each session of each of the first 5 to 30 school days marked
	 * (three in four) or not, with any code valid in the session; up to five cuts; any
	 * order.
	 */
	private static Gen<Sequence> sequences() {
		return (in) -> {
			int pupils = integers().between(1, 3).generate(in);
			int days = integers().between(5, DAYS.size()).generate(in);
			Gen<Integer> marked = integers().between(0, 3);
			Gen<AttendanceCode> am = integers().between(0, AM_CODES.size() - 1).map(AM_CODES::get);
			Gen<AttendanceCode> pm = integers().between(0, PM_CODES.size() - 1).map(PM_CODES::get);
			List<Mark> marks = new ArrayList<>();
			for (int pupil = 0; pupil < pupils; pupil++) {
				for (int day = 0; day < days; day++) {
					for (Session session : Session.values()) {
						if (marked.generate(in) > 0) {
							marks.add(new Mark(pupil, day, session, ((session == Session.AM) ? am : pm).generate(in)));
						}
					}
				}
			}
			Collections.shuffle(marks, new Random(longs().all().generate(in)));
			int[] cuts = new int[integers().between(0, 5).generate(in)];
			for (int i = 0; i < cuts.length; i++) {
				cuts[i] = integers().between(0, Math.max(0, marks.size() - 1)).generate(in);
			}
			Arrays.sort(cuts);
			return new Sequence(pupils, List.copyOf(marks), cuts, longs().all().generate(in));
		};
	}

	/** A new school with its pupils on roll from 1 September 2025. */
	private School school(int pupilCount) {
		String urn = String.valueOf(140_000 + ++this.schools);
		this.stores.addSchool(urn, "School " + urn);
		List<String> upns = new ArrayList<>();
		for (int i = 0; i < pupilCount; i++) {
			String upn = upn(++this.pupils);
			this.stores.addPupil(urn, upn, "2025-09-01", null);
			upns.add(upn);
		}
		return new School(urn, upns);
	}

	private void send(School school, List<List<Mark>> requests) {
		long row = 1;
		for (List<Mark> request : requests) {
			List<MarkRow> rows = new ArrayList<>();
			for (Mark mark : request) {
				rows.add(mark.row(school, row++));
			}
			BatchOutcome outcome = this.stores.ingest.start(LA).apply(rows);
			assertThat(outcome.rejected()).isEmpty();
		}
	}

	/** The DfE's counting, mark by mark: possible sessions and how each was spent. */
	private static SessionCounts countedByHand(List<Mark> marks, int pupil) {
		int[] byCategory = new int[4];
		for (Mark mark : marks) {
			if (mark.pupil() == pupil) {
				switch (mark.code().category()) {
					case PRESENT -> byCategory[0]++;
					case APPROVED_EDUCATIONAL_ACTIVITY -> byCategory[1]++;
					case AUTHORISED -> byCategory[2]++;
					case UNAUTHORISED -> byCategory[3]++;
					case UNABLE_TO_ATTEND, ADMINISTRATIVE -> {
					}
				}
			}
		}
		return new SessionCounts(Arrays.stream(byCategory).sum(), byCategory[0], byCategory[1], byCategory[2],
				byCategory[3]);
	}

	private AttendanceFigures figures(School school, int pupil) {
		return this.stores.attendance.summary(LA, school.upns().get(pupil), "2025-08-01", "2026-07-31").combined();
	}

	private static void assertRatesWithin0To100(AttendanceFigures figures) {
		for (double rate : List.of(figures.attendancePercent(), figures.overallAbsencePercent(),
				figures.authorisedAbsencePercent(), figures.unauthorisedAbsencePercent())) {
			assertThat(rate).isBetween(0.0, 100.0);
		}
		if (figures.counts().possible() > 0) {
			assertThat(figures.attendancePercent() + figures.overallAbsencePercent()).isBetween(99.9, 100.1);
		}
	}

	private static void assertRatesWithin0To100(GroupFigures figures) {
		for (Cell rate : List.of(figures.overallAbsenceRate(), figures.authorisedAbsenceRate(),
				figures.unauthorisedAbsenceRate(), figures.persistentAbsenceRate(), figures.severeAbsenceRate())) {
			if (rate.shown()) {
				assertThat(rate.value()).isBetween(0.0, 100.0);
			}
		}
	}

	/** The school's figures for 2025/26, without what names the school. */
	private GroupFigures total(School school) {
		GroupFigures served = servedTotal(school);
		return new GroupFigures(null, null, null, served.enrolments(), served.possibleSessions(),
				served.overallAbsenceSessions(), served.authorisedAbsenceSessions(),
				served.unauthorisedAbsenceSessions(), served.overallAbsenceRate(), served.authorisedAbsenceRate(),
				served.unauthorisedAbsenceRate(), served.persistentAbsentees(), served.persistentAbsenceRate(),
				served.severeAbsentees(), served.severeAbsenceRate());
	}

	private GroupFigures servedTotal(School school) {
		return this.stores.measures.school(LA, school.urn(), request()).total();
	}

	private GroupFigures asWrittenTotal(School school) {
		ReportingPeriod period = ReportingPeriod.of("2025/26", null, null, null, TermDates.dorset(),
				InMemoryStores.TODAY);
		return this.asWritten
			.figures((candidate) -> candidate.urn().equals(school.urn()), school.urn(), period,
					HeadlineScope.ALL_PUPILS, List.of())
			.total()
			.get(0);
	}

	private static AreaMeasures.Request request() {
		return new AreaMeasures.Request("2025/26", "ALL_PUPILS", false, List.of());
	}

	private static List<LocalDate> schoolDays(LocalDate from, int count) {
		SchoolCalendar calendar = new SchoolCalendar(TermDates.dorset(), Set.of());
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = from; days.size() < count; day = day.plusDays(1)) {
			if (calendar.isSchoolDay(day)) {
				days.add(day);
			}
		}
		return List.copyOf(days);
	}

	private static List<AttendanceCode> codesFor(Session session) {
		return Arrays.stream(AttendanceCode.values())
			.filter((code) -> code != AttendanceCode.DUAL_REGISTERED)
			.filter((code) -> code.onlyIn() == null || code.onlyIn() == session)
			.toList();
	}

}
