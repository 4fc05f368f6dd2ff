package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression.Figure;

/**
 * The county's register counts as published: open entries by register, and entries opened
 * since a date, each with its total; a hidden count is absent, shown as {@code c}.
 */
public record RegisterCounts(LocalDate since, List<Row> open, List<Row> openedSince, Instant asOf) {

	public record Row(String register, Figure count) {
	}

}
