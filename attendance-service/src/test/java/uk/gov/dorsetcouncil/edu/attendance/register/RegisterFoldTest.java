package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Folding a school's register inbox into its pupils' years (ADR 0017) is restartable: a
 * fold stopped at any step and run again, or a register received while a fold runs, ends
 * with the same years, amendments and registers as a fold that ran once, with nothing
 * lost or doubled.
 */
class RegisterFoldTest {

	private static final String URN = "113001";

	private static final int PUPILS = 6;

	private static final List<String> DAYS = List.of("2026-11-16", "2026-11-17", "2026-11-18");

	/** Where a fold stops. */
	enum Stop {

		AFTER_THE_AMENDMENTS, AFTER_SOME_YEARS, AFTER_EVERY_YEAR, AFTER_ONE_REGISTER, AFTER_EVERY_REGISTER,
		WRITING_THE_INBOX

	}

	@ParameterizedTest(name = "stopped {0}, then folded again")
	@EnumSource(Stop.class)
	void aFoldStoppedAnywhereAndRunAgainEndsAsAFoldThatRanOnce(Stop stop) {
		try (InMemoryStores once = scenario(); InMemoryStores stopped = scenario()) {
			assertThat(new RegisterFold(once.marks, LostRaceRetry.withoutPause(5)).fold(URN)).isEqualTo(DAYS.size());

			assertThatThrownBy(
					() -> new RegisterFold(new StoppingMarkStore(stopped.marks, stop), LostRaceRetry.withoutPause(5))
						.fold(URN))
				.hasMessage("stopped " + stop);
			assertThat(stopped.fold.fold(URN)).isEqualTo(DAYS.size());

			assertSameState(once, stopped);
			assertThat(stopped.fold.fold(URN)).isZero();
		}
	}

	@Test
	void aRegisterReceivedWhileFoldingWaitsAndIsFoldedNext() {
		try (InMemoryStores first = scenario(); InMemoryStores during = scenario()) {
			MarkLine late = new MarkLine(upn(2), "M");
			first.registers.take(LA, URN, DAYS.get(1), "PM", List.of(late));
			first.fold.fold(URN);

			RegisterFold fold = new RegisterFold(new DelegatingMarkStore(during.marks) {

				private boolean received;

				@Override
				public boolean saveFolded(RegisterInbox inbox, List<InboxDay> folded) {
					if (!this.received) {
						this.received = true;
						during.registers.take(LA, URN, DAYS.get(1), "PM", List.of(late));
					}
					return super.saveFolded(inbox, folded);
				}

			}, LostRaceRetry.withoutPause(5));
			fold.fold(URN);

			assertThat(during.marks.inboxes(List.of(URN)).get(URN).days()).isEmpty();
			assertSameState(first, during);
		}
	}

	@Test
	void readsAreTheSameBeforeAndAfterTheFold() {
		try (InMemoryStores stores = scenario()) {
			Map<MarkKey, YearMarks> before = stores.marks.findAll(keys());
			List<List<Amendment>> amendments = amendments(stores);
			List<RegisterRecord> registers = registers(stores);
			stores.fold.fold(URN);
			assertThat(sessions(stores.marks.findAll(keys()))).isEqualTo(sessions(before));
			assertThat(amendments(stores)).isEqualTo(amendments);
			assertThat(registers(stores)).isEqualTo(registers);
		}
	}

	/**
	 * Six pupils with history written into their years, then three days of registers:
	 * first marks, marks changed while waiting, and marks changing history.
	 */
	private static InMemoryStores scenario() {
		InMemoryStores stores = new InMemoryStores();
		stores.addSchool(URN, "Abbey Primary");
		for (int pupil = 1; pupil <= PUPILS; pupil++) {
			stores.addPupil(URN, upn(pupil), "2021-09-01", null);
		}
		List<MarkRow> history = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2026, 11, 2); day
			.isBefore(LocalDate.of(2026, 11, 19)); day = day.plusDays(1)) {
			if (day.getDayOfWeek().getValue() <= 5 && day.isBefore(LocalDate.of(2026, 11, 17))) {
				for (int pupil = 1; pupil <= 3; pupil++) {
					history.add(new MarkRow(history.size() + 1, URN, upn(pupil), day.toString(), "AM", "/"));
					history.add(new MarkRow(history.size() + 1, URN, upn(pupil), day.toString(), "PM", "\\"));
				}
			}
		}
		assertThat(stores.ingest.start(LA).apply(history).rejected()).isEmpty();
		String[] codes = { "/", "I", "N", "O", "L", "M" };
		for (int d = 0; d < DAYS.size(); d++) {
			for (String session : List.of("AM", "PM")) {
				List<MarkLine> lines = new ArrayList<>();
				for (int pupil = 1; pupil <= PUPILS; pupil++) {
					String code = codes[(pupil + d) % codes.length];
					// The present mark is the session's own.
					lines.add(new MarkLine(upn(pupil), (code.equals("/") && session.equals("PM")) ? "\\" : code));
				}
				stores.registers.take(LA, URN, DAYS.get(d), session, lines);
			}
			stores.registers.take(LA, URN, DAYS.get(d), "AM",
					List.of(new MarkLine(upn(1), "C"), new MarkLine(upn(4), "G")));
		}
		assertThat(stores.marks.inboxes(List.of(URN)).get(URN).days()).hasSize(DAYS.size());
		return stores;
	}

	private static void assertSameState(InMemoryStores expected, InMemoryStores actual) {
		assertThat(actual.marks.inboxes(List.of(URN)).get(URN).days()).isEmpty();
		assertThat(sessions(actual.marks.findFolded(keys()))).isEqualTo(sessions(expected.marks.findFolded(keys())));
		assertThat(amendments(actual)).isEqualTo(amendments(expected));
		assertThat(registers(actual)).isEqualTo(registers(expected));
		assertThat(actual.held.yearToDate(keys().get(0))).isEqualTo(expected.held.yearToDate(keys().get(0)));
	}

	private static List<MarkKey> keys() {
		List<MarkKey> keys = new ArrayList<>();
		for (int pupil = 1; pupil <= PUPILS; pupil++) {
			keys.add(new MarkKey(URN, new Upn(upn(pupil)), new AcademicYear(2026)));
		}
		return keys;
	}

	private static Map<MarkKey, String> sessions(Map<MarkKey, YearMarks> years) {
		Map<MarkKey, String> sessions = new java.util.HashMap<>();
		years.forEach((key, year) -> sessions.put(key, year.sessions()));
		return sessions;
	}

	private static List<List<Amendment>> amendments(InMemoryStores stores) {
		return keys().stream().map((key) -> stores.marks.amendments(URN, key.upn())).toList();
	}

	private static List<RegisterRecord> registers(InMemoryStores stores) {
		List<RegisterRecord> records = new ArrayList<>();
		for (String day : DAYS) {
			for (Session session : Session.values()) {
				records.add(stores.marks.findRegister(URN, LocalDate.parse(day), session).orElseThrow());
			}
		}
		return records;
	}

	/** A store that stops (throws) at one step of a fold. */
	private static final class StoppingMarkStore extends DelegatingMarkStore {

		private final Stop stop;

		private int registers;

		StoppingMarkStore(MarkStore store, Stop stop) {
			super(store);
			this.stop = stop;
		}

		@Override
		public void append(List<Amendment> amendments) {
			super.append(amendments);
			stopAt(Stop.AFTER_THE_AMENDMENTS);
		}

		@Override
		public Set<YearMarks.MarkKey> saveAll(List<YearMarks> years) {
			if (this.stop == Stop.AFTER_SOME_YEARS) {
				super.saveAll(years.subList(0, years.size() / 2));
				stopAt(Stop.AFTER_SOME_YEARS);
			}
			Set<YearMarks.MarkKey> lost = super.saveAll(years);
			stopAt(Stop.AFTER_EVERY_YEAR);
			return lost;
		}

		@Override
		public void foldRegister(String urn, LocalDate date, Session session, List<Upn> pupils, RegisterTaken taken) {
			super.foldRegister(urn, date, session, pupils, taken);
			this.registers++;
			if (this.registers == 1) {
				stopAt(Stop.AFTER_ONE_REGISTER);
			}
			if (this.registers == 2 * DAYS.size()) {
				stopAt(Stop.AFTER_EVERY_REGISTER);
			}
		}

		@Override
		public boolean saveFolded(RegisterInbox inbox, List<InboxDay> folded) {
			stopAt(Stop.WRITING_THE_INBOX);
			return super.saveFolded(inbox, folded);
		}

		private void stopAt(Stop here) {
			if (this.stop == here) {
				throw new IllegalStateException("stopped " + here);
			}
		}

	}

}
