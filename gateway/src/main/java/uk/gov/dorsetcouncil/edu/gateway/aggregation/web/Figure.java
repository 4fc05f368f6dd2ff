package uk.gov.dorsetcouncil.edu.gateway.aggregation.web;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A figure on a dashboard as the GSS shows it: a number, or the symbol shown instead of
 * it ({@code c} suppressed, {@code z} not applicable), or {@code null} when there is
 * neither. Written as the value itself ({@code 662}, {@code "c"}); the OpenAPI document
 * says the same ({@link AggregationController}).
 */
public record Figure(@JsonValue @Nullable Object value) {

	public static Figure of(@Nullable Object value) {
		return new Figure(value);
	}

}
