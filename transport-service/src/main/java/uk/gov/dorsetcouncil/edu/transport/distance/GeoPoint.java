package uk.gov.dorsetcouncil.edu.transport.distance;

/** A point on the ground, WGS84 degrees. */
public record GeoPoint(double latitude, double longitude) {

	static final double EARTH_RADIUS_METRES = 6_371_000.0;

	/** Straight-line distance on the ground (equirectangular: ample within a county). */
	public double metresTo(GeoPoint other) {
		double x = Math.toRadians(other.longitude - this.longitude)
				* Math.cos(Math.toRadians((this.latitude + other.latitude) / 2));
		double y = Math.toRadians(other.latitude - this.latitude);
		return Math.sqrt(x * x + y * y) * EARTH_RADIUS_METRES;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%.6f,%.6f", this.latitude, this.longitude);
	}

}
