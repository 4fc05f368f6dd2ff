package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.attendance.alerts.Alert;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AlertSettings;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.Page;
import uk.gov.dorsetcouncil.edu.attendance.alerts.RollsAndMarks;
import uk.gov.dorsetcouncil.edu.attendance.benchmark.GeneratedDorset;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkIngest;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.measures.AreaMeasures;
import uk.gov.dorsetcouncil.edu.attendance.measures.CohortDimension;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.attendance.support.MarkBatches;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.synthetic.Scale;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;

/**
 * Registers taken through schools' inboxes and folded later (ADR 0017) give the same
 * answers as every batch written straight into the pupils' years (ADR 0004, ADR 0008), on
 * a fiftieth of the synthetic county: September's registers as each school sends them
 * daily, then the rest of the year as history (which folds the inboxes first), then
 * amended registers for days already folded and days written as history, then everything
 * folded. At each step: the area figures, pupils' summaries, alerts and their counts,
 * registers, amendment history (who, when, from, to) and data arrivals; at the end, the
 * pupils' years themselves.
 */
class RegistersThroughTheInboxTest {

	private static final List<String> ALL_DIMENSIONS = Arrays.stream(CohortDimension.values()).map(Enum::name).toList();

	private static final LocalDate ALERTS_AS_OF = LocalDate.of(2026, 7, 1);

	private final Set<Upn> amended = new LinkedHashSet<>();

	@Test
	void theInboxAnswersAsTheYearsDo() {
		GeneratedDorset dorset = new GeneratedDorset(2026, Scale.dorset(0.02));
		try (InMemoryStores years = new InMemoryStores(); InMemoryStores inbox = new InMemoryStores()) {
			dorset.record(years.schools, years.pupils);
			dorset.record(inbox.schools, inbox.pupils);
			MarkIngest straight = new MarkIngest(years.schools, years.pupils, years.held::standing, years.marks,
					TermDates.dorset(), years.clock, 0);

			List<MarkBatch> september = dorset.registers(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
			assertThat(september).hasSizeGreaterThan(2_000);
			send(september.iterator(), straight, inbox.ingest);
			assertThat(inbox.marks.inboxesWaiting()).hasSizeGreaterThan(100);
			assertThat(years.marks.inboxesWaiting()).isEmpty();
			assertSameAnswers(years, inbox);

			send(dorset.year(50, LocalDate.of(2025, 10, 1)), straight, inbox.ingest);
			assertThat(inbox.marks.inboxesWaiting()).isEmpty();
			assertSameAnswers(years, inbox);

			List<MarkRow> changes = new ArrayList<>();
			changes(dorset.registers(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 19)), changes);
			changes(dorset.registers(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5)), changes);
			BatchOutcome straightOutcome = straight.start(LA).apply(changes);
			BatchOutcome inboxOutcome = inbox.ingest.start(LA).apply(changes);
			assertThat(inboxOutcome).isEqualTo(straightOutcome);
			assertThat(inboxOutcome.changed()).isPositive();
			assertThat(inbox.marks.inboxesWaiting()).isNotEmpty();
			assertSameAnswers(years, inbox);

			inbox.fold.foldAll();
			assertThat(inbox.marks.inboxesWaiting()).isEmpty();
			assertSameAnswers(years, inbox);
			assertSameYears(years, inbox);
		}
	}

	private static void send(Iterator<MarkBatch> batches, MarkIngest straight, MarkIngest throughInbox) {
		long row = 1;
		while (batches.hasNext()) {
			List<MarkRow> rows = MarkBatches.rows(batches.next(), row);
			row += rows.size();
			BatchOutcome one = straight.start(LA).apply(rows);
			BatchOutcome other = throughInbox.start(LA).apply(rows);
			assertThat(one.rejected()).isEmpty();
			assertThat(other).isEqualTo(one);
		}
	}

	/**
	 * The same registers with about one mark in eight changed, one register-shaped batch
	 * per school per day.
	 */
	private void changes(List<MarkBatch> registers, List<MarkRow> changes) {
		SplittableRandom random = new SplittableRandom(17);
		String[] codes = { "I", "M", "O", "N", "/", "\\", "G", "L" };
		for (MarkBatch batch : registers) {
			for (MarkRow row : MarkBatches.rows(batch, changes.size() + 1)) {
				if (random.nextInt(8) == 0) {
					changes.add(new MarkRow(changes.size() + 1, row.urn(), row.upn(), row.date(), row.session(),
							codes[random.nextInt(codes.length)]));
					this.amended.add(new Upn(row.upn()));
				}
			}
		}
	}

	private void assertSameAnswers(InMemoryStores years, InMemoryStores inbox) {
		for (String scope : List.of("AGED_5_TO_15", "ALL_PUPILS")) {
			for (String term : Arrays.asList(null, "AUTUMN", "SPRING")) {
				AreaMeasures.Request request = new AreaMeasures.Request("2025/26", scope, false, ALL_DIMENSIONS, term,
						null, null);
				assertThat(inbox.measures.localAuthority(LA, request))
					.isEqualTo(years.measures.localAuthority(LA, request));
			}
		}
		assertThat(inbox.measures.trend(LA, null, null, new AreaMeasures.Request("2025/26", null, false, List.of())))
			.isEqualTo(
					years.measures.trend(LA, null, null, new AreaMeasures.Request("2025/26", null, false, List.of())));
		NeedsHelpNow yearsAlerts = alerts(years);
		NeedsHelpNow inboxAlerts = alerts(inbox);
		assertThat(allAlerts(inboxAlerts)).isEqualTo(allAlerts(yearsAlerts)).isNotEmpty();
		assertThat(inboxAlerts.counts(LA, null, null)).isEqualTo(yearsAlerts.counts(LA, null, null));
		assertThat(inboxAlerts.transition(LA, null, 0, 200)).isEqualTo(yearsAlerts.transition(LA, null, 0, 200));
		int seen = 0;
		for (School school : years.schools.all()) {
			for (Pupil pupil : years.pupils.roll(school.urn(), 0, 500)) {
				if (seen++ % 13 == 0 || this.amended.contains(pupil.upn())) {
					assertThat(inbox.attendance.summary(LA, pupil.upn().value(), "2025-08-01", "2026-07-31"))
						.isEqualTo(years.attendance.summary(LA, pupil.upn().value(), "2025-08-01", "2026-07-31"));
					assertThat(history(inbox, school.urn(), pupil.upn()))
						.isEqualTo(history(years, school.urn(), pupil.upn()));
				}
			}
			for (String day : List.of("2025-09-16", "2025-11-04", "2026-03-10")) {
				for (String session : List.of("AM", "PM")) {
					if (years.marks.findRegister(school.urn(), LocalDate.parse(day), Session.valueOf(session))
						.isPresent()) {
						assertThat(inbox.registers.read(LA, school.urn(), day, session))
							.isEqualTo(years.registers.read(LA, school.urn(), day, session));
					}
				}
			}
		}
		assertThat(inbox.marks.lastArrivals()).isEqualTo(years.marks.lastArrivals());
	}

	/** Who changed which mark, when, from and to (the ids say where they were kept). */
	private static List<String> history(InMemoryStores stores, String urn, Upn upn) {
		return stores.marks.amendments(urn, upn)
			.stream()
			.map((change) -> change.date() + " " + change.session() + " " + change.from() + "->" + change.to() + " by "
					+ change.by() + " " + change.client() + " " + change.organisation() + " at " + change.at())
			.toList();
	}

	private static void assertSameYears(InMemoryStores years, InMemoryStores inbox) {
		List<MarkKey> keys = new ArrayList<>();
		for (School school : years.schools.all()) {
			for (Pupil pupil : years.pupils.roll(school.urn(), 0, 500)) {
				keys.add(new MarkKey(school.urn(), pupil.upn(), new AcademicYear(2025)));
			}
		}
		var straight = years.marks.findFolded(keys);
		var folded = inbox.marks.findFolded(keys);
		assertThat(folded.keySet()).isEqualTo(straight.keySet());
		straight
			.forEach((key, year) -> assertThat(folded.get(key).sessions()).as("%s", key).isEqualTo(year.sessions()));
	}

	private static NeedsHelpNow alerts(InMemoryStores stores) {
		return new NeedsHelpNow(stores.schools, RollsAndMarks.held(stores.held), stores.pupils, TermDates.dorset(),
				stores.plans, AlertSettings.DEFAULTS,
				Clock.fixed(ALERTS_AS_OF.atTime(15, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
						ZoneId.of("Europe/London")));
	}

	private static List<Alert> allAlerts(NeedsHelpNow needsHelpNow) {
		List<Alert> all = new ArrayList<>();
		for (int page = 0;; page++) {
			Page<Alert> found = needsHelpNow.alerts(LA, null, null, page, 200);
			all.addAll(found.items());
			if ((long) (page + 1) * 200 >= found.total()) {
				return all;
			}
		}
	}

}
