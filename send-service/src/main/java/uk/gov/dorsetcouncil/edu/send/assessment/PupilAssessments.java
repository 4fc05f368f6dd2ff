package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every EHC needs assessment request of one child, held together so that "at most one
 * open request" is checked and a new one written in one version-checked write.
 *
 * @param upn the child
 * @param assessments in the order received
 * @param version the stored version (0: none stored)
 */
public record PupilAssessments(Upn upn, List<Assessment> assessments, long version) {

	public PupilAssessments {
		assessments = List.copyOf(assessments);
	}

	public static PupilAssessments none(Upn upn) {
		return new PupilAssessments(upn, List.of(), 0);
	}

	public Optional<Assessment> find(String id) {
		return this.assessments.stream().filter(assessment -> assessment.id().equals(id)).findFirst();
	}

	public Optional<Assessment> open() {
		return this.assessments.stream().filter(Assessment::open).findFirst();
	}

	/** The id the next one recorded takes. */
	String nextId() {
		return this.upn.value() + "-" + (this.assessments.size() + 1);
	}

	PupilAssessments with(Assessment assessment) {
		List<Assessment> all = new ArrayList<>(this.assessments);
		all.removeIf(held -> held.id().equals(assessment.id()));
		all.add(assessment);
		all.sort(
				Comparator.comparingInt(held -> Integer.parseInt(held.id().substring(held.id().lastIndexOf('-') + 1))));
		return new PupilAssessments(this.upn, all, this.version);
	}

}
