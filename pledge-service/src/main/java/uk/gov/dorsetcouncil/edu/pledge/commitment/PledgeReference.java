package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The commitments of both pledges as the Education Strategy states them: every pledge
 * complete, numbered 1 to its count, each with a title and the strategy's wording.
 */
public record PledgeReference(List<Commitment> commitments) {

	public PledgeReference {
		List<String> problems = new ArrayList<>();
		for (Pledge pledge : Pledge.values()) {
			List<Integer> numbers = commitments.stream()
				.filter(commitment -> commitment.pledge() == pledge)
				.map(Commitment::number)
				.sorted()
				.toList();
			List<Integer> expected = IntStream.rangeClosed(1, pledge.commitments()).boxed().toList();
			if (!numbers.equals(expected)) {
				problems.add(pledge + " commitments must be numbered " + expected + ", found " + numbers);
			}
		}
		commitments.stream()
			.filter(commitment -> isBlank(commitment.title()) || isBlank(commitment.wording()))
			.forEach(commitment -> problems.add(commitment.key() + " needs a title and the strategy's wording"));
		commitments.stream()
			.filter(commitment -> commitment.workingGroup() == null
					|| !commitment.workingGroup().code().matches("[A-Z][A-Z0-9_]{1,39}")
					|| isBlank(commitment.workingGroup().name()))
			.forEach(commitment -> problems
				.add(commitment.key() + " needs a working group with a code of capitals and a name"));
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("The pledge reference data is wrong: " + String.join("; ", problems));
		}
		commitments = commitments.stream()
			.sorted(Comparator.comparing(Commitment::pledge).thenComparing(Commitment::number))
			.toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
