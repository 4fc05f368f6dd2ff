package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The commitments' versions held in memory, as the Mongo store keeps them. */
public class HeldHistory implements CommitmentHistory {

	private final List<CommitmentVersion> held = new ArrayList<>();

	@Override
	public synchronized List<CommitmentVersion> versions(String key) {
		return this.held.stream()
			.filter(v -> v.key().equals(key))
			.sorted(Comparator.comparingLong(CommitmentVersion::version))
			.toList();
	}

	@Override
	public synchronized List<CommitmentVersion> all() {
		return List.copyOf(this.held);
	}

	@Override
	public synchronized boolean append(CommitmentVersion version) {
		if (this.held.stream().anyMatch(v -> v.key().equals(version.key()) && v.version() == version.version())) {
			return false;
		}
		return this.held.add(version);
	}

}
