package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Workforce submissions held in memory, for tests of the rules. */
public class HeldSubmissions implements WorkforceSubmissions {

	private final List<WorkforceSubmission> held = new ArrayList<>();

	@Override
	public Optional<WorkforceSubmission> find(String id) {
		return this.held.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	@Override
	public List<WorkforceSubmission> ofTerm(String term) {
		return this.held.stream().filter(s -> s.term().equals(term)).toList();
	}

	@Override
	public List<WorkforceSubmission> of(String school, String term) {
		return this.held.stream()
			.filter(s -> s.term().equals(term) && s.school().equals(school))
			.sorted(Comparator.comparing(WorkforceSubmission::id))
			.toList();
	}

	@Override
	public boolean append(WorkforceSubmission submission) {
		if (find(submission.id()).isPresent()) {
			return false;
		}
		return this.held.add(submission);
	}

	public int size() {
		return this.held.size();
	}

	/** The terms of the tests: two, the first in progress on 2026-12-07. */
	public static AcademicTerms terms() {
		return new AcademicTerms(List.of(
				new AcademicTerm("2026-27-AUTUMN", "2026/27 autumn term", java.time.LocalDate.of(2026, 9, 1),
						java.time.LocalDate.of(2026, 12, 18)),
				new AcademicTerm("2026-27-SPRING", "2026/27 spring term", java.time.LocalDate.of(2027, 1, 4),
						java.time.LocalDate.of(2027, 3, 26))));
	}

}
