package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a list computed as of a day.
 *
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 * @param asOf the day the list was computed for
 * @param items this page's items
 */
public record Page<T>(int page, int size, long total, LocalDate asOf, List<T> items) {

	public Page {
		items = List.copyOf(items);
	}

	static <T> Page<T> of(List<T> all, int page, int size, LocalDate asOf) {
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new Page<>(page, size, all.size(), asOf, all.subList(from, to));
	}

}
