package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.Streamed;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaSummary;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Session;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.SyntheticEducation;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static uk.gov.dorsetcouncil.edu.attendance.benchmark.ServedAttendance.LA;
import static uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.heapAfterGc;
import static uk.gov.dorsetcouncil.edu.attendance.benchmark.Streaming.seconds;

/**
 * A day of England's registers (the synthetic generator's {@code england-day} scale:
 * about 22,000 schools and 9 million pupils, Tuesday 20 January 2026) sent as schools
 * send them, each school's morning and afternoon registers for every pupil in one batch,
 * through {@code StreamMarks} into the embedded store (ADR 0017). The client generates
 * each school's batch as it sends it, so the day is never held whole. Setting up the
 * schools and pupils is not timed. Then reads that must see the day at once (a register,
 * a pupil's summary, the nation's figures from the read model), the heap, and optionally
 * the fold of the day into the pupils' years.
 */
final class EnglandDayBenchmark {

	static final LocalDate DAY = LocalDate.of(2026, 1, 20);

	private static final int INSERT_PUPILS = 20_000;

	private EnglandDayBenchmark() {
	}

	static void run(long seed, double fraction, String backend, boolean fold) throws Exception {
		SyntheticEducation england = SyntheticEducation.generate(seed, Scale.englandDay(fraction));
		System.out.printf(Locale.ROOT, "%n=== England's day (%s, %s), embedded store: %s ===%n", england.scale().name(),
				DAY, backend);
		try (ServedAttendance service = new ServedAttendance(backend, DAY, DAY)) {
			IngestBenchmark.phase("England: setup");
			long setup = System.nanoTime();
			long pupils = record(england, service);
			System.out.printf(Locale.ROOT,
					"setup (not timed as ingestion): %,d schools and %,d pupils on roll stored in %.1f s (%,.0f pupils/s); "
							+ "read model holds %,d enrolments%n",
					england.schools().size(), pupils, seconds(setup), pupils / seconds(setup),
					service.held.enrolments());
			System.out.printf(Locale.ROOT, "  heap in use after setup and a GC (read model, client): %,d MB%n",
					heapAfterGc());

			IngestBenchmark.phase("England: the day");
			long start = System.nanoTime();
			Streamed sent = Streaming.send(service.channel, day(england));
			double took = seconds(start);
			IngestResult result = sent.result();
			System.out.printf(Locale.ROOT,
					"gRPC StreamMarks, England's day (each school's AM and PM registers in one batch): %,d marks in %,d batches "
							+ "in %.1f s = %,.0f marks/s%n",
					sent.marks(), sent.batches(), took, sent.marks() / took);
			System.out.printf(Locale.ROOT,
					"  of which the client generating the batches (on the same cores): %.1f s; without it %,.0f marks/s%n",
					sent.generating(), sent.marks() / (took - sent.generating()));
			System.out.printf(Locale.ROOT, "  result: read %,d, stored %,d, changed %,d, rejected %,d%n",
					result.getRowsRead(), result.getRowsStored(), result.getMarksChanged(), result.getRowsRejected());
			String name = "England day (" + england.scale().name() + ", " + sent.marks() + " marks), " + backend;
			if (fraction >= 1.0) {
				Headlines.atMost("england-day", name, took, 60, "s");
			}
			else {
				Headlines.note("england-day", name + "; target 60 s for the whole day", took, "s");
			}
			if (result.getRowsRejected() > 0) {
				System.out.println("  first rejection: " + result.getRejections(0));
			}
			System.out.printf(Locale.ROOT, "  inboxes waiting to be folded: %,d; heap after a GC: %,d MB%n",
					service.marks.inboxesWaiting().size(), heapAfterGc());

			IngestBenchmark.phase("England: reads");
			reads(england, service);

			if (fold) {
				IngestBenchmark.phase("England: fold");
				long folding = System.nanoTime();
				int schools = service.fold.foldAll().size();
				System.out.printf(Locale.ROOT, "fold of the day into the pupils' years: %,d schools in %.1f s%n",
						schools, seconds(folding));
			}
		}
	}

	/** Every school, and every pupil on roll on the day, a school's roll at a time. */
	private static long record(SyntheticEducation england, ServedAttendance service) {
		long onRoll = 0;
		List<Pupil> waiting = new ArrayList<>();
		for (School school : england.schools()) {
			service.schools.save(school.urn(), school.laestab(), school.name(), Phase.valueOf(school.phase().name()),
					Locality.valueOf(school.locality().name()));
			for (uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil pupil : england.pupils(school)) {
				if (!pupil.admissionDate().isAfter(DAY)) {
					waiting.add(GeneratedDorset.roll(pupil, DAY));
				}
			}
			if (waiting.size() >= INSERT_PUPILS) {
				onRoll += insert(service, waiting);
			}
		}
		return onRoll + insert(service, waiting);
	}

	private static int insert(ServedAttendance service, List<Pupil> pupils) {
		int count = pupils.size();
		GeneratedDorset.store(service.pupils, pupils);
		pupils.clear();
		return count;
	}

	/** The day's registers, one batch per school, made as they are sent. */
	private static Iterator<MarkBatch> day(SyntheticEducation england) {
		Iterator<School> schools = england.schools().iterator();
		return new Iterator<>() {

			private MarkBatch next;

			@Override
			public boolean hasNext() {
				while (this.next == null && schools.hasNext()) {
					Map<String, PupilMarks.Builder> byPupil = new LinkedHashMap<>();
					england.marks(schools.next(), SchoolDays.dorsetTermWeekdays())
						.forEach((mark) -> byPupil
							.computeIfAbsent(mark.upn(),
									(upn) -> PupilMarks.newBuilder().setUrn(mark.urn()).setUpn(upn))
							.addMarks(SessionMark.newBuilder()
								.setDate(mark.date().toString())
								.setSession(Session.valueOf(mark.session().name()))
								.setCode(mark.code())));
					if (!byPupil.isEmpty()) {
						MarkBatch.Builder batch = MarkBatch.newBuilder();
						byPupil.values().forEach(batch::addPupils);
						this.next = batch.build();
					}
				}
				return this.next != null;
			}

			@Override
			public MarkBatch next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				MarkBatch batch = this.next;
				this.next = null;
				return batch;
			}

		};
	}

	/** What must see the day at once: a register, a pupil's figures, the area figures. */
	private static void reads(SyntheticEducation england, ServedAttendance service) {
		School school = england.schools().get(england.schools().size() / 2);
		String upn = england.pupils(school)
			.stream()
			.filter((pupil) -> !pupil.admissionDate().isAfter(DAY)
					&& (pupil.leavingDate() == null || pupil.leavingDate().isAfter(DAY)))
			.findFirst()
			.orElseThrow()
			.upn();
		long start = System.nanoTime();
		int marked = service.registers.read(LA, school.urn(), DAY.toString(), "AM").marks().size();
		System.out.printf(Locale.ROOT, "  a school's AM register read back (%s, %d pupils marked): %.1f ms%n",
				school.urn(), marked, (System.nanoTime() - start) / 1e6);
		start = System.nanoTime();
		int possible = service.attendance.summary(LA, upn, null, null).combined().counts().possible();
		System.out.printf(Locale.ROOT, "  a pupil's summary with the day (%s, %d possible sessions): %.1f ms%n", upn,
				possible, (System.nanoTime() - start) / 1e6);
		for (int call = 1; call <= 2; call++) {
			start = System.nanoTime();
			AreaSummary all = service.measures.localAuthority(LA, new AreaMeasures.Request("2025/26", "ALL_PUPILS",
					false, List.of("PHASE", "FSM", "SEN_PROVISION", "YEAR_GROUP")));
			System.out.printf(Locale.ROOT,
					"  every school's figures from the read model (call %d): %,.0f enrolments, %,.0f possible sessions, "
							+ "overall absence %.1f%%, marks up to %s: %.0f ms%n",
					call, all.total().enrolments().value(), all.total().possibleSessions().value(),
					all.total().overallAbsenceRate().value(), all.marksUpTo(), (System.nanoTime() - start) / 1e6);
		}
	}

}
