package uk.gov.dorsetcouncil.edu.attendance.changes;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.roll.LaReturn;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeVisibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Attendance as the first producer on the change feed (ADR 0023): joins and leaves of a
 * roll, register amendments and school closures reach the feed with what a consumer
 * needs, each once, and a school reads only its own.
 */
class AttendanceChangeFeedTest {

	private static final String URN = "113001";

	private InMemoryStores stores;

	@BeforeEach
	void school() {
		this.stores = new InMemoryStores();
		this.stores.addSchool(URN, "Abbey First School");
		this.stores.addSchool("113002", "Other School");
	}

	@AfterEach
	void stop() {
		this.stores.close();
	}

	@Test
	void aPupilJoiningAndLeavingIsACreationAndADeletionWithItsGroundAndDestination() {
		this.stores.addPupil(URN, upn(1), "2021-09-02", null);
		this.stores.roll.change(LA, URN, upn(1), new PupilDetails("Pupil", "Test", "2016-05-04", 5, "F", "2021-09-02",
				"2026-11-20", null, null, null, null, null, null, null, null, null, "MOVED_AWAY", "Bridport Primary"));
		// The same request again changes nothing and records nothing.
		this.stores.roll.change(LA, URN, upn(1), new PupilDetails("Pupil", "Test", "2016-05-04", 5, "F", "2021-09-02",
				"2026-11-20", null, null, null, null, null, null, null, null, null, "MOVED_AWAY", "Bridport Primary"));

		List<Change> enrolments = changes("enrolment");
		assertThat(enrolments).extracting(Change::type).containsExactly(ChangeType.CREATED, ChangeType.DELETED);
		assertThat(enrolments).extracting(Change::key).containsOnly(URN + ":" + upn(1));
		assertThat(enrolments.get(1).payload()).containsEntry("leavingDate", "2026-11-20")
			.containsEntry("deletionGround", "MOVED_AWAY")
			.containsEntry("destination", "Bridport Primary");
		assertThat(this.stores.roll.returns(LA, URN, upn(1)))
			.filteredOn((laReturn) -> laReturn.kind() == LaReturn.Kind.DELETION)
			.singleElement()
			.satisfies((deletion) -> assertThat(deletion.destination()).isEqualTo("Bridport Primary"));
	}

	@Test
	void anAmendedMarkReachesTheFeedWhenItsRegisterIsFoldedOnce() {
		this.stores.addPupil(URN, upn(1), "2021-09-02", null);
		this.stores.registers.take(LA, URN, "2026-11-16", "AM", List.of(new MarkLine(upn(1), "N")));
		this.stores.registers.take(LA, URN, "2026-11-16", "AM", List.of(new MarkLine(upn(1), "I")));
		this.stores.fold.foldAll();
		this.stores.fold.foldAll();

		assertThat(changes("register-mark")).singleElement().satisfies((amended) -> {
			assertThat(amended.key()).isEqualTo(URN + ":" + upn(1) + ":2026-11-16:AM");
			assertThat(amended.type()).isEqualTo(ChangeType.UPDATED);
			assertThat(amended.payload()).containsEntry("from", "N").containsEntry("to", "I");
		});
	}

	@Test
	void aClosureAddedChangedAndRemovedIsThreeChanges() {
		this.stores.schoolRegistration.putClosure(LA, URN, "2026-11-20", "INSET");
		this.stores.schoolRegistration.putClosure(LA, URN, "2026-11-20", "INSET");
		this.stores.schoolRegistration.putClosure(LA, URN, "2026-11-20", "Heating failure");
		this.stores.schoolRegistration.removeClosure(LA, URN, "2026-11-20");
		this.stores.schoolRegistration.removeClosure(LA, URN, "2026-11-20");

		assertThat(changes("school-calendar")).extracting(Change::type)
			.containsExactly(ChangeType.CREATED, ChangeType.UPDATED, ChangeType.DELETED);
		assertThat(changes("school-calendar")).extracting(Change::key).containsOnly(URN + ":2026-11-20");
	}

	@Test
	void aSchoolReadsOnlyTheChangesThatConcernIt() {
		this.stores.addPupil(URN, upn(1), "2021-09-02", null);
		this.stores.addPupil("113002", upn(2), "2021-09-02", null);
		Caller school = InMemoryStores.schoolCaller("113002", "attendance:read");

		List<ChangeEntry> seen = this.stores.changes
			.read(0, 100, Set.of(), (change) -> ChangeVisibility.byOrganisation().visibleTo(school, change))
			.entries();

		assertThat(seen).extracting((entry) -> entry.change().key()).containsExactly("113002:" + upn(2));
		assertThat(changes("enrolment")).hasSize(2);
	}

	private List<Change> changes(String entity) {
		return this.stores.changes.read(0, 1000, Set.of(entity), (change) -> true)
			.entries()
			.stream()
			.map(ChangeEntry::change)
			.toList();
	}

}
