package uk.gov.dorsetcouncil.edu.send.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * The two reads every SEND feature with a statutory clock offers, read one way: a
 * caseworker's queue (the duties not done, optionally only those due by a day, a page at
 * a time) and the figures of a period (default the 12 months to today). Each feature
 * keeps its own view of a queued duty and its own rule of who may count.
 */
public final class CaseworkReads {

	private CaseworkReads() {
	}

	/**
	 * One page of a queue.
	 * @param dueBy the {@code dueBy} query parameter as written (absent: every duty)
	 * @param queue the feature's queue of the duties due by a day (null: all), soonest
	 * breach first
	 * @param view the feature's view of one queued duty
	 */
	public static <D, V> Page<V> queuePage(String dueBy, PageRequest page, Function<LocalDate, List<D>> queue,
			Function<D, V> view) {
		LocalDate by = DateBounds.parameter("dueBy", dueBy);
		return Page.of(queue.apply(by).stream().map(view).toList(), page);
	}

	/**
	 * The period of a measures read from its {@code from} and {@code to} query
	 * parameters: {@code to} defaults to today and {@code from} to a year before it, so
	 * that a period left out is the 12 months to today, the span SEN2 and the Board
	 * report.
	 */
	public static MeasuredPeriod period(String from, String to, LocalDate today) {
		LocalDate last = Objects.requireNonNullElse(DateBounds.parameter("to", to), today);
		LocalDate first = Objects.requireNonNullElse(DateBounds.parameter("from", from),
				last.minusYears(1).plusDays(1));
		return new MeasuredPeriod(first, last);
	}

	/** The first and last day of a period, both counted. */
	public record MeasuredPeriod(LocalDate first, LocalDate last) {
	}

}
