package uk.gov.dorsetcouncil.edu.platform.paging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The orders a list may be read in: the fields it may be sorted by (an allow-list: a
 * field not named here is refused, never passed on to a store) and its order when the
 * caller names none. The {@code sort} parameter lists fields separated by commas, each
 * ascending, or descending with a leading {@code -}
 * ({@code sort=familyName,-dateOfBirth}).
 */
public final class Sorting {

	/** A list with one fixed order: any {@code sort} parameter is refused. */
	public static final Sorting FIXED = new Sorting(List.of(), List.of());

	private final List<String> allowed;

	private final List<SortField> defaultOrder;

	private Sorting(List<String> allowed, List<SortField> defaultOrder) {
		this.allowed = List.copyOf(allowed);
		this.defaultOrder = List.copyOf(defaultOrder);
	}

	/**
	 * @param defaultOrder the order when none is asked, in the {@code sort} parameter's
	 * form (for example {@code "familyName,givenName"})
	 * @param allowed every field the list may be sorted by
	 */
	public static Sorting by(String defaultOrder, String... allowed) {
		Sorting sorting = new Sorting(List.of(allowed), List.of());
		List<Violation> wrong = new ArrayList<>();
		List<SortField> order = sorting.parse(defaultOrder, wrong);
		if (!wrong.isEmpty() || order.isEmpty()) {
			throw new IllegalArgumentException("the default order '" + defaultOrder + "' must use the allowed fields "
					+ sorting.allowed + ": " + wrong);
		}
		return new Sorting(List.of(allowed), order);
	}

	public List<String> allowed() {
		return this.allowed;
	}

	public List<SortField> defaultOrder() {
		return this.defaultOrder;
	}

	/**
	 * The fields asked for, or the default order; each wrong field added to violations.
	 */
	List<SortField> parse(String sort, List<Violation> violations) {
		if (sort == null || sort.isBlank()) {
			return this.defaultOrder;
		}
		if (this.allowed.isEmpty()) {
			violations.add(new Violation("sort", "this list has one order and cannot be sorted"));
			return this.defaultOrder;
		}
		List<SortField> order = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String part : sort.split(",", -1)) {
			String field = part.strip();
			boolean descending = field.startsWith("-");
			String name = descending ? field.substring(1) : field;
			if (!this.allowed.contains(name)) {
				violations.add(new Violation("sort",
						"'" + PageRequest.shorten(field)
								+ "' is not a field this list is sorted by; use one or more of "
								+ String.join(", ", this.allowed) + ", each with a leading - for descending"));
			}
			else if (!seen.add(name)) {
				violations.add(new Violation("sort", "'" + name + "' is named twice"));
			}
			else {
				order.add(new SortField(name, descending));
			}
		}
		return order;
	}

}
