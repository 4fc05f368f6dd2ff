package uk.gov.dorsetcouncil.edu.transport.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Applications held in memory, with the store's version check. */
public final class HeldApplications implements ApplicationStore {

	private final Map<String, PupilApplications> held = new ConcurrentHashMap<>();

	@Override
	public PupilApplications find(Upn upn) {
		return this.held.getOrDefault(upn.value(), PupilApplications.none(upn));
	}

	@Override
	public List<PupilApplications> withOpenAppeals() {
		return this.held.values().stream().filter(PupilApplications::anyAppealOpen).toList();
	}

	@Override
	public synchronized boolean save(PupilApplications applications, List<Change> changes) {
		if (find(applications.upn()).version() != applications.version()) {
			return false;
		}
		this.held.put(applications.upn().value(),
				new PupilApplications(applications.upn(), applications.applications(), applications.version() + 1));
		return true;
	}

}
