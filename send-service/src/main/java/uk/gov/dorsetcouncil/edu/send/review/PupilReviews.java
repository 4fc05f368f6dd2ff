package uk.gov.dorsetcouncil.edu.send.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every annual review of one child's plan, held together so that "at most one open
 * review" is checked and a new one written in one version-checked write.
 *
 * @param upn the child
 * @param reviews in the order recorded
 * @param version the stored version (0: none stored)
 */
public record PupilReviews(Upn upn, List<AnnualReview> reviews, long version) {

	public PupilReviews {
		reviews = List.copyOf(reviews);
	}

	public static PupilReviews none(Upn upn) {
		return new PupilReviews(upn, List.of(), 0);
	}

	public Optional<AnnualReview> find(String id) {
		return this.reviews.stream().filter(review -> review.id().equals(id)).findFirst();
	}

	public Optional<AnnualReview> open() {
		return this.reviews.stream().filter(AnnualReview::open).findFirst();
	}

	String nextId() {
		return this.upn.value() + "-R" + (this.reviews.size() + 1);
	}

	PupilReviews with(AnnualReview review) {
		List<AnnualReview> all = new ArrayList<>(this.reviews);
		all.removeIf(held -> held.id().equals(review.id()));
		all.add(review);
		all.sort(
				Comparator.comparingInt(held -> Integer.parseInt(held.id().substring(held.id().lastIndexOf('R') + 1))));
		return new PupilReviews(this.upn, all, this.version);
	}

}
