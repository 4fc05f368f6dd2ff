package uk.gov.dorsetcouncil.edu.pledge.measure;

/**
 * A figure as a platform service answered it, with its provenance.
 *
 * @param state available, suppressed or unavailable
 * @param value the figure when available
 * @param service the service asked
 * @param query the question asked and the figure read
 * @param basis what the figure covers, as the service says (for example "academic year to
 * date"), with its dates
 * @param asOf when the service computed it, as it says; for an unavailable source, when
 * it was asked
 * @param detail why it is not available, when it is not
 */
public record PlatformFigure(ValueState state, Double value, String service, String query, String basis, String asOf,
		String detail) {

}
