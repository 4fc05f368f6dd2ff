package uk.gov.dorsetcouncil.edu.platform.paging;

import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * What page of a list a caller asked for: the one request shape of every list the
 * platform answers ({@code ?page=0&size=50&sort=name,-dateOfBirth}). Pages are numbered
 * from 0. A page holds at most {@link #MAX_SIZE} items (OWASP API4:2023, unrestricted
 * resource consumption), and no list is read further than {@link #MAX_OFFSET} items in: a
 * deeper page costs a read of every item before it, so a caller narrows the list instead.
 *
 * @param page the page number, from 0
 * @param size items in a page, 1 to {@link #MAX_SIZE}
 * @param sort the order asked for, from the list's allowed fields; the list's default
 * when none was asked
 */
public record PageRequest(int page, int size, List<SortField> sort) {

	/** Items in a page when the caller does not say. */
	public static final int DEFAULT_SIZE = 50;

	/** The most items any page holds, in every service and the gateway. */
	public static final int MAX_SIZE = 100;

	/** Items before the first of a page may be at most this many. */
	public static final long MAX_OFFSET = 100_000;

	public PageRequest {
		if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_OFFSET) {
			throw new IllegalArgumentException("page " + page + " of size " + size + " is outside the limits");
		}
		sort = List.copyOf(sort);
	}

	/** The first page of the default size, in the list's default order. */
	public static PageRequest first(Sorting sorting) {
		return new PageRequest(0, DEFAULT_SIZE, sorting.defaultOrder());
	}

	/**
	 * Reads the three query parameters as they came, or refuses them with a 400 problem
	 * naming each parameter at fault.
	 * @param page the {@code page} parameter, or null
	 * @param size the {@code size} parameter, or null
	 * @param sort the {@code sort} parameter, or null
	 * @param sorting the fields this list may be sorted by
	 */
	public static PageRequest parse(String page, String size, String sort, Sorting sorting) {
		List<Violation> violations = new ArrayList<>();
		long pageNumber = number("page", page, 0, violations);
		long pageSize = number("size", size, DEFAULT_SIZE, violations);
		if (violations.stream().noneMatch((v) -> v.field().equals("page")) && pageNumber < 0) {
			violations.add(new Violation("page", "pages are numbered from 0, not " + pageNumber));
		}
		if (violations.stream().noneMatch((v) -> v.field().equals("size")) && (pageSize < 1 || pageSize > MAX_SIZE)) {
			violations.add(new Violation("size", "a page holds 1 to " + MAX_SIZE + " items, not " + pageSize));
		}
		// In long: page * size overflows an int long before either is absurd on its own.
		if (violations.isEmpty() && pageNumber * pageSize > MAX_OFFSET) {
			violations.add(new Violation("page",
					"page " + pageNumber + " of " + pageSize + " starts " + (pageNumber * pageSize)
							+ " items in; lists are paged up to " + MAX_OFFSET
							+ " items in: narrow the list to reach further"));
		}
		List<SortField> order = sorting.parse(sort, violations);
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new PageRequest((int) pageNumber, (int) pageSize, order);
	}

	/** How many items come before this page's first: at most {@link #MAX_OFFSET}. */
	public long offset() {
		return (long) this.page * this.size;
	}

	private static long number(String field, String value, long absent, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		String trimmed = value.strip();
		// Ten digits and a sign at most: anything longer is out of range whatever it is.
		if (!trimmed.matches("-?\\d{1,10}")) {
			violations.add(new Violation(field, "'" + shorten(value) + "' is not a whole number in range"));
			return absent;
		}
		return Long.parseLong(trimmed);
	}

	static String shorten(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "..." : value;
	}

}
