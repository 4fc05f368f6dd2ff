package uk.gov.dorsetcouncil.edu.belonging.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every register entry of one child, held together: "one open entry of a kind per child"
 * is a rule over all of them, so checking it and writing the new one is one
 * version-checked write, and attendance's roll changes are applied to the child's entries
 * in one write with the feed position they came from.
 *
 * @param upn the child
 * @param entries in the order opened
 * @param appliedThrough the last sequence of attendance's feed applied to this child (0:
 * none), so a change delivered again has no second effect (ADR 0023)
 * @param version the stored version (0: none stored)
 */
public record PupilRegisters(Upn upn, List<RegisterEntry> entries, long appliedThrough, long version) {

	public PupilRegisters {
		entries = List.copyOf(entries);
	}

	public static PupilRegisters none(Upn upn) {
		return new PupilRegisters(upn, List.of(), 0, 0);
	}

	public Optional<RegisterEntry> find(String id) {
		return this.entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
	}

	public Optional<RegisterEntry> openOf(RegisterKind kind) {
		return this.entries.stream().filter(entry -> entry.kind() == kind && entry.open()).findFirst();
	}

	/** The id the next entry takes. */
	public String nextId() {
		return this.upn.value() + "-R" + (this.entries.size() + 1);
	}

	PupilRegisters with(RegisterEntry entry) {
		List<RegisterEntry> all = new ArrayList<>(this.entries);
		int at = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id().equals(entry.id())) {
				at = i;
			}
		}
		if (at >= 0) {
			all.set(at, entry);
		}
		else {
			all.add(entry);
		}
		return new PupilRegisters(this.upn, all, this.appliedThrough, this.version);
	}

	PupilRegisters appliedThrough(long sequence) {
		return new PupilRegisters(this.upn, this.entries, sequence, this.version);
	}

}
