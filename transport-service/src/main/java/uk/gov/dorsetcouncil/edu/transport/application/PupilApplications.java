package uk.gov.dorsetcouncil.edu.transport.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** A pupil's applications, oldest first, at a version. */
public record PupilApplications(Upn upn, List<Application> applications, long version) {

	public PupilApplications {
		applications = List.copyOf(applications);
	}

	public static PupilApplications none(Upn upn) {
		return new PupilApplications(upn, List.of(), 0);
	}

	public String nextId() {
		return this.upn.value() + "-T" + (this.applications.size() + 1);
	}

	public Optional<Application> find(String id) {
		return this.applications.stream().filter(a -> a.id().equals(id)).findFirst();
	}

	/** The same pupil's applications with one added or replaced (by id). */
	public PupilApplications with(Application application) {
		List<Application> all = new ArrayList<>();
		boolean replaced = false;
		for (Application held : this.applications) {
			if (held.id().equals(application.id())) {
				all.add(application);
				replaced = true;
			}
			else {
				all.add(held);
			}
		}
		if (!replaced) {
			all.add(application);
		}
		return new PupilApplications(this.upn, all, this.version);
	}

	public boolean anyAppealOpen() {
		return this.applications.stream().anyMatch(a -> a.openAppeal().isPresent());
	}

}
