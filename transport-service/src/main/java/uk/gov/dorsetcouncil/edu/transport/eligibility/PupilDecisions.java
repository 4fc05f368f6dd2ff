package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** A pupil's eligibility decisions, oldest first, at a version. */
public record PupilDecisions(Upn upn, List<Decision> decisions, long version) {

	public PupilDecisions {
		decisions = List.copyOf(decisions);
	}

	public static PupilDecisions none(Upn upn) {
		return new PupilDecisions(upn, List.of(), 0);
	}

	public String nextId() {
		return this.upn.value() + "-" + (this.decisions.size() + 1);
	}

	public PupilDecisions with(Decision decision) {
		List<Decision> all = new ArrayList<>(this.decisions);
		all.add(decision);
		return new PupilDecisions(this.upn, all, this.version);
	}

	public Optional<Decision> find(String id) {
		return this.decisions.stream().filter(d -> d.id().equals(id)).findFirst();
	}

	/**
	 * The latest eligible decision assessed earlier in the academic year that
	 * {@code date} falls in, still in force on it.
	 */
	public Optional<Decision> eligibleEarlierInYear(LocalDate date) {
		LocalDate start = AcademicYear.startOf(date);
		return this.decisions.stream()
			.filter(d -> d.outcome() == Outcome.ELIGIBLE)
			.filter(d -> !d.assessedOn().isBefore(start) && !d.assessedOn().isAfter(date))
			.filter(d -> d.validUntil() != null && !d.validUntil().isBefore(date))
			.max(Comparator.comparing(Decision::assessedOn));
	}

}
