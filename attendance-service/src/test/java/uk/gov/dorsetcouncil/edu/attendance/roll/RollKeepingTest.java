package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.RollChange;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Rolls: characteristics, and the returns to the LA of SI 2024/208 reg 13. "Today" is
 * Monday 23 November 2026; the first school day of 2026/27 is Thursday 3 September.
 */
class RollKeepingTest {

	private InMemoryStores stores;

	@BeforeEach
	void schools() {
		this.stores = new InMemoryStores();
		this.stores.schoolRegistration.put(LA, "113001", "8382001", "Abbey Primary", "PRIMARY", "NORTH");
		this.stores.schoolRegistration.put(LA, "113002", "8384001", "Bridport Secondary", "SECONDARY", "WEST");
		this.stores.schoolRegistration.put(LA, "113003", "8387001", "Purbeck Special", "SPECIAL", "PURBECK");
	}

	@AfterEach
	void close() {
		this.stores.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# case                                           | urn    | year group | admitted   | due by     | on time
			joined mid-term, told late                       | 113001 | 3          | 2026-11-16 | 2026-11-21 | false
			joined mid-term, told within 5 days              | 113001 | 3          | 2026-11-20 | 2026-11-25 | true
			Reception on the first day: no return            | 113001 | 0          | 2026-09-03 | -          | -
			Reception entered before the first day           | 113001 | 0          | 2026-09-01 | -          | -
			Reception on the second day                      | 113001 | 0          | 2026-09-04 | 2026-09-09 | false
			Year 1 on the first day: not the junior class    | 113001 | 1          | 2026-09-03 | 2026-09-08 | false
			Year 7 on a secondary's first day: no return     | 113002 | 7          | 2026-09-03 | -          | -
			a special school has no single entry year        | 113003 | 7          | 2026-09-03 | 2026-09-08 | false
			""")
	void newPupilReturn(String description, String urn, int yearGroup, String admitted, String dueBy, Boolean onTime) {
		RollChange change = this.stores.roll.change(LA, urn, upn(31),
				new PupilDetails("Pupil", "Test", "2014-05-04", yearGroup, "M", admitted, null));
		if (dueBy == null) {
			assertThat(change.returns()).isEmpty();
			return;
		}
		assertThat(change.returns()).singleElement().satisfies((laReturn) -> {
			assertThat(laReturn.kind()).isEqualTo(LaReturn.Kind.NEW_PUPIL);
			assertThat(laReturn.dueBy()).hasToString(dueBy);
			assertThat(laReturn.onTime()).isEqualTo(onTime);
		});
		assertThat(this.stores.roll.returns(LA, urn, upn(31))).hasSize(1);
	}

	@Test
	void anAdmissionStoppedPartWayByACrashGetsItsReturnWhenTheSchoolSendsItAgain() {
		PupilDetails admission = new PupilDetails("Pupil", "Test", "2014-05-04", 3, "M", "2026-11-20", null);
		RollKeeping killedPartWay = new RollKeeping(new StopsAfterOneWrite(this.stores.pupils), this.stores.schools,
				Clock.fixed(InMemoryStores.TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
				LostRaceRetry.withoutPause(5));
		assertThatThrownBy(() -> killedPartWay.change(LA, "113001", upn(33), admission)).hasMessageContaining("killed");

		this.stores.roll.change(LA, "113001", upn(33), admission);

		assertThat(this.stores.roll.returns(LA, "113001", upn(33))).singleElement()
			.satisfies((laReturn) -> assertThat(laReturn.kind()).isEqualTo(LaReturn.Kind.NEW_PUPIL));
	}

	@Test
	void deletionReturnCarriesItsGroundAndIsRecordedOnce() {
		PupilDetails leaving = new PupilDetails("Pupil", "Test", "2016-05-04", 4, "F", "2021-09-02", "2026-11-20", null,
				null, null, null, null, null, null, null, null, "MOVED_AWAY");
		RollChange change = this.stores.roll.change(LA, "113001", upn(32), leaving);
		assertThat(change.returns()).extracting(LaReturn::kind)
			.containsExactly(LaReturn.Kind.NEW_PUPIL, LaReturn.Kind.DELETION);
		LaReturn deletion = change.returns().get(1);
		assertThat(deletion.ground()).isEqualTo(DeletionGround.MOVED_AWAY);
		assertThat(deletion.dueBy()).hasToString("2026-11-20");
		assertThat(deletion.onTime()).isFalse();
		assertThat(this.stores.roll.change(LA, "113001", upn(32), leaving).returns()).isEmpty();
		assertThat(this.stores.roll.returns(LA, "113001", upn(32))).hasSize(2);
	}

	/**
	 * The pupils' store of a service killed after its first write of a change: that write
	 * is kept, every later one is lost.
	 */
	private static final class StopsAfterOneWrite implements PupilRecords {

		private final PupilRecords store;

		private boolean written;

		StopsAfterOneWrite(PupilRecords store) {
			this.store = store;
		}

		private void write(Runnable write) {
			if (this.written) {
				throw new IllegalStateException("killed");
			}
			this.written = true;
			write.run();
		}

		@Override
		public boolean save(Pupil pupil, List<Change> changes) {
			write(() -> this.store.save(pupil, changes));
			return true;
		}

		@Override
		public void recordReturn(LaReturn laReturn) {
			write(() -> this.store.recordReturn(laReturn));
		}

		@Override
		public Optional<Pupil> find(Upn upn) {
			return this.store.find(upn);
		}

		@Override
		public Map<Upn, Pupil> findAll(Collection<Upn> upns) {
			return this.store.findAll(upns);
		}

		@Override
		public List<Pupil> roll(String urn, long offset, int limit) {
			return this.store.roll(urn, offset, limit);
		}

		@Override
		public long rollSize(String urn) {
			return this.store.rollSize(urn);
		}

		@Override
		public List<Pupil> sharing(Set<LocalDate> datesOfBirth, NhsNumber nhsNumber) {
			return this.store.sharing(datesOfBirth, nhsNumber);
		}

		@Override
		public void forEach(Consumer<Pupil> action) {
			this.store.forEach(action);
		}

		@Override
		public List<LaReturn> returns(String urn, Upn upn) {
			return this.store.returns(urn, upn);
		}

	}

	@Test
	void characteristicsNotSentAreKept() {
		this.stores.roll.putOnRoll(LA, "113001", upn(33), new PupilDetails("Pupil", "Test", "2016-05-04", 4, "F",
				"2021-09-02", null, "DUAL_MAIN", true, "K", false, true, false, true, "WIRT", true, null));
		Pupil updated = this.stores.roll.putOnRoll(LA, "113001", upn(33),
				new PupilDetails("Pupil", "Renamed", "2016-05-04", 4, "F", "2021-09-02", null));
		assertThat(updated.givenName()).isEqualTo("Renamed");
		assertThat(updated.characteristics())
			.isEqualTo(new Characteristics(true, SenProvision.K, false, true, false, true, Ethnicity.WIRT, true));
		assertThat(updated.characteristics().ethnicity().gypsyRomaOrTraveller()).isTrue();
		assertThat(updated.characteristics().socialCare()).isEqualTo(Characteristics.SocialCare.CHILD_IN_NEED);
		assertThat(updated.enrolments().get(0).registration()).isEqualTo(Registration.DUAL_MAIN);
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			unknown ethnicity code       | XXXX | -    | -          | - | ethnicity
			SEN provision other than NKE | WBRI | S    | -          | - | senProvision
			a ground without leaving     | WBRI | N    | -          | DIED | deletionGround
			unknown registration         | WBRI | N    | GUEST      | - | registration
			""")
	void badCharacteristics(String description, String ethnicity, String sen, String registration, String ground,
			String field) {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> this.stores.roll.putOnRoll(LA, "113001", upn(34),
						new PupilDetails("Pupil", "Test", "2016-05-04", 4, "F", "2021-09-02", null, registration, null,
								sen, null, null, null, null, ethnicity, null, ground)));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).extracting((violation) -> violation.field()).containsExactly(field);
		assertThat(this.stores.pupils.find(new uk.gov.dorsetcouncil.edu.platform.identifiers.Upn(upn(34)))).isEmpty();
	}

	@ParameterizedTest(name = "born {0}: aged {1} at 31 August 2026")
	@CsvSource({ "2021-08-31, 5", "2021-09-01, 4", "2010-09-01, 15", "2010-08-31, 16" })
	void ageAtTheStartOfTheYear(String dateOfBirth, int age) {
		Pupil pupil = new Pupil(new uk.gov.dorsetcouncil.edu.platform.identifiers.Upn(upn(35)), "P", "T",
				java.time.LocalDate.parse(dateOfBirth), 1, Sex.F, List.of(), 0);
		assertThat(pupil.ageAtStartOf(2026)).isEqualTo(age);
	}

}
