package uk.gov.dorsetcouncil.edu.pledge.commitment;

import org.jspecify.annotations.Nullable;

/**
 * Where a measure's values come from.
 *
 * @param kind computed from the platform or recorded by hand
 * @param query for a platform measure, the query that computes it; null when recorded
 * @param description for a recorded measure, where its values are taken from (a survey,
 * schools' returns); for a platform measure, the query's own description
 */
public record MeasureSource(SourceKind kind, @Nullable PlatformQuery query, String description) {

	public static MeasureSource platform(PlatformQuery query) {
		return new MeasureSource(SourceKind.PLATFORM, query, query.description());
	}

	public static MeasureSource recorded(String description) {
		return new MeasureSource(SourceKind.RECORDED, null, description);
	}

}
