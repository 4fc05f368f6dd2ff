package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** A store that does what another does, for tests that step in before some calls. */
class DelegatingMarkStore implements MarkStore {

	private final MarkStore store;

	DelegatingMarkStore(MarkStore store) {
		this.store = store;
	}

	@Override
	public Optional<YearMarks> find(MarkKey key) {
		return this.store.find(key);
	}

	@Override
	public Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys) {
		return this.store.findAll(keys);
	}

	@Override
	public Map<MarkKey, YearMarks> findFolded(Collection<MarkKey> keys) {
		return this.store.findFolded(keys);
	}

	@Override
	public Map<String, RegisterInbox> inboxes(Collection<String> urns) {
		return this.store.inboxes(urns);
	}

	@Override
	public Set<String> saveInboxes(List<RegisterInbox> inboxes) {
		return this.store.saveInboxes(inboxes);
	}

	@Override
	public boolean saveFolded(RegisterInbox inbox, List<InboxDay> folded) {
		return this.store.saveFolded(inbox, folded);
	}

	@Override
	public Set<String> inboxesWaiting() {
		return this.store.inboxesWaiting();
	}

	@Override
	public void foldRegister(String urn, LocalDate date, Session session, List<Upn> pupils, RegisterTaken taken) {
		this.store.foldRegister(urn, date, session, pupils, taken);
	}

	@Override
	public void arrived(Map<String, LocalDate> lastRegisterDates, String by, Instant at) {
		this.store.arrived(lastRegisterDates, by, at);
	}

	@Override
	public boolean save(YearMarks marks) {
		return this.store.save(marks);
	}

	@Override
	public Set<MarkKey> saveAll(List<YearMarks> years) {
		return this.store.saveAll(years);
	}

	@Override
	public void forEach(Consumer<YearMarks> action) {
		this.store.forEach(action);
	}

	@Override
	public void append(List<Amendment> amendments) {
		this.store.append(amendments);
	}

	@Override
	public List<Amendment> amendments(String urn, Upn upn) {
		return this.store.amendments(urn, upn);
	}

	@Override
	public Optional<RegisterRecord> findRegister(String urn, LocalDate date, Session session) {
		return this.store.findRegister(urn, date, session);
	}

	@Override
	public void recordSessionsTaken(String urn, AcademicYear year, Set<Integer> sessions, String by, Instant at) {
		this.store.recordSessionsTaken(urn, year, sessions, by, at);
	}

	@Override
	public Map<String, Arrival> lastArrivals() {
		return this.store.lastArrivals();
	}

}
