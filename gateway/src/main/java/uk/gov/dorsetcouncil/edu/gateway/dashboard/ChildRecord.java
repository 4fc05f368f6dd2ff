package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A child's profile across services as the API released it to the viewer: a section per
 * service's part, with its facts when available, and otherwise why not in plain words
 * (nothing held, withheld from this viewer, or the service did not answer).
 */
public record ChildRecord(String upn, String asOf, List<String> released, List<Section> sections) {

	/** One part of the profile. */
	public record Section(String title, String status, String reason, List<Fact> facts) {

		/** "suspensionsAndExclusions" as "Suspensions and exclusions". */
		public String titleInWords() {
			return Words.sentence(this.title);
		}

		/** What the status means for the reader. */
		public String statusInWords() {
			return switch (this.status) {
				case "AVAILABLE" -> "Shown";
				case "NONE" -> "Nothing held";
				case "WITHHELD" -> "Withheld: you do not have the right to see this";
				case "UNAVAILABLE" -> "Unavailable: the service holding it did not answer";
				default -> this.status;
			};
		}

	}

	/** One labelled value, e.g. "Possible sessions: 140". */
	public record Fact(String label, String value) {

	}

	/**
	 * The facts of a part's data, read from its JSON as plain values, maps and lists:
	 * each value labelled in words, nested ones under their parent's label, list items
	 * numbered.
	 */
	public static List<Fact> facts(Object data) {
		List<Fact> facts = new ArrayList<>();
		collect("", data, facts);
		return List.copyOf(facts);
	}

	private static void collect(String label, Object value, List<Fact> facts) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> collect(join(label, Words.sentence(String.valueOf(key))), inner, facts));
		}
		else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				facts.add(new Fact(label, "none"));
			}
			for (int i = 0; i < list.size(); i++) {
				collect(join(label, String.valueOf(i + 1)), list.get(i), facts);
			}
		}
		else if (value instanceof Boolean yes) {
			facts.add(new Fact(label, yes ? "yes" : "no"));
		}
		else {
			facts.add(new Fact(label, (value == null) ? "not recorded" : String.valueOf(value)));
		}
	}

	private static String join(String parent, String child) {
		return parent.isEmpty() ? child : parent + ": " + child;
	}

}
