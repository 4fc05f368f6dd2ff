package uk.gov.dorsetcouncil.edu.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the one response shape of every list the platform answers. Its
 * neighbours travel in the {@code Link} header ({@link PageLinks}).
 *
 * @param items this page's items, at most {@code size}
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items the whole list holds
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
		if (items.size() > size) {
			throw new IllegalArgumentException(items.size() + " items do not fit a page of " + size);
		}
	}

	/** The page of a list held whole in memory. */
	public static <T> Page<T> of(List<T> all, PageRequest request) {
		int from = (int) Math.min(request.offset(), all.size());
		int to = Math.min(from + request.size(), all.size());
		return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
	}

	/** A page read from a store, which counted the whole list. */
	public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
		return new Page<>(items, request.page(), request.size(), total);
	}

	/** The number of the last page; 0 for an empty list. */
	public long lastPage() {
		return (this.total == 0) ? 0 : (this.total - 1) / this.size;
	}

	public <R> Page<R> map(Function<T, R> mapping) {
		return new Page<>(this.items.stream().map(mapping).toList(), this.page, this.size, this.total);
	}

}
