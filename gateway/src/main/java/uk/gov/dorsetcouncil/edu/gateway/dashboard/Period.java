package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a viewer chose (a term, or a date range; neither: the academic year to
 * date), carried from one view to the next as it was asked so that a drill-down from the
 * county to a locality and a school compares like with like. The API checks the values;
 * the dashboard only passes them on.
 */
public record Period(String term, String from, String to) {

	public Period {
		term = blankToNull(term);
		from = blankToNull(from);
		to = blankToNull(to);
	}

	/** The query string that asks for this period, "" for the academic year to date. */
	public String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "term", this.term);
		add(parts, "from", this.from);
		add(parts, "to", this.to);
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	/** The period in words, as the pages name it. */
	public String inWords() {
		if (this.term != null) {
			return this.term.charAt(0) + this.term.substring(1).toLowerCase(java.util.Locale.ROOT) + " term";
		}
		if (this.from != null || this.to != null) {
			return ((this.from != null) ? "from " + this.from : "from the start of the year")
					+ ((this.to != null) ? " to " + this.to : " to today");
		}
		return "academic year to date";
	}

	private static void add(List<String> parts, String name, String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
