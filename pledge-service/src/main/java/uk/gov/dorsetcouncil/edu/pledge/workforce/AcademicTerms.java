package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The school terms the platform knows ({@code pledges/academic-terms.json}), in order.
 */
public final class AcademicTerms {

	private final List<AcademicTerm> terms;

	public AcademicTerms(List<AcademicTerm> terms) {
		if (terms.isEmpty()) {
			throw new IllegalArgumentException("at least one term is known");
		}
		this.terms = terms.stream().sorted(Comparator.comparing(AcademicTerm::firstDay)).toList();
	}

	public List<AcademicTerm> all() {
		return this.terms;
	}

	/** The term with this code, written in any case. */
	public Optional<AcademicTerm> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String wanted = id.strip().toUpperCase(Locale.ROOT);
		return this.terms.stream().filter(term -> term.id().equals(wanted)).findFirst();
	}

	/**
	 * The term in progress on a day, or, in a holiday, the last one begun: the term whose
	 * figures are the latest there can be.
	 */
	public Optional<AcademicTerm> current(LocalDate day) {
		return this.terms.stream().filter(term -> !term.firstDay().isAfter(day)).reduce((first, second) -> second);
	}

	/** The codes, for a message that says what is known. */
	public List<String> ids() {
		return this.terms.stream().map(AcademicTerm::id).toList();
	}

}
