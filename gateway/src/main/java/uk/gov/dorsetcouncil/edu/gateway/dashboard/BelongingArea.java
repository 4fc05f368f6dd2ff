package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which area's suspension and exclusion rates the belonging view shows, split how, over
 * which term: the county, a locality or a school, carried from one page to the next so
 * that a drill-down from the county to a locality and a school keeps the period. What the
 * viewer may see is the API's answer; this only builds the question.
 *
 * @param urn a school's URN, or ""
 * @param locality a locality's name, or "" (never with a school)
 * @param split how the groups split, or null for the API's default (locality for the
 * county, school for a locality, reason for a school)
 * @param term AUTUMN, SPRING, SUMMER, or "" for the whole year (the API checks it)
 */
public record BelongingArea(String urn, String locality, Split split, String term) {

	private static final Pattern URN = Pattern.compile("\\d{6}");

	private static final Pattern LOCALITY = Pattern.compile("[A-Za-z_]{1,40}");

	/** The ways the belonging service splits its rates, in the order offered. */
	public enum Split {

		LOCALITY("Locality"), SCHOOL("School"), PHASE("Phase"), REASON("Reason"),
		SEN_PROVISION("Special educational needs provision"), FSM("Free school meals"),
		SOCIAL_CARE("Social care (looked after, child protection, child in need)"), ETHNICITY("Ethnicity"), SEX("Sex"),
		YEAR_GROUP("Year group");

		private final String label;

		Split(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** The split named, if it is one. */
		public static Optional<Split> named(String name) {
			return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
		}

	}

	public BelongingArea {
		term = (term == null) ? "" : term.trim();
	}

	/**
	 * The area asked for, or where the viewer's own organisation puts them when none is:
	 * a school its school, a locality officer their locality, the county the county.
	 * Empty when a URN or locality could not be one.
	 */
	public static Optional<BelongingArea> asked(Viewer viewer, String urn, String locality, String split, String term) {
		String school = (urn == null) ? "" : urn.trim();
		String place = (locality == null) ? "" : locality.trim().toUpperCase(Locale.ROOT);
		if ((!school.isEmpty() && !URN.matcher(school).matches())
				|| (!place.isEmpty() && !LOCALITY.matcher(place).matches())) {
			return Optional.empty();
		}
		if (school.isEmpty() && place.isEmpty()) {
			switch (viewer.organisationType()) {
				case "SCHOOL" -> school = viewer.organisationId();
				case "LOCALITY" -> place = viewer.organisationId().toUpperCase(Locale.ROOT);
				default -> {
				}
			}
		}
		return Optional
			.of(new BelongingArea(school, school.isEmpty() ? place : "", Split.named(split).orElse(null), term));
	}

	/** The API's question: {@code /api/v1/belonging/rates?...}. */
	public String apiPath() {
		return "/api/v1/belonging/rates" + query(true);
	}

	/** This page's own address. */
	public String pageLink() {
		return "/dashboard/belonging" + query(false);
	}

	/**
	 * The page one level down for a group of the table the API split by {@code by},
	 * keeping the term: a locality's schools, a school's reasons; null for groups that
	 * are not places.
	 */
	public String drillLink(String by, String group) {
		return switch (Split.named(by).orElse(Split.REASON)) {
			case LOCALITY -> LOCALITY.matcher(group).matches()
					? new BelongingArea("", group.toUpperCase(Locale.ROOT), Split.SCHOOL, this.term).pageLink() : null;
			case SCHOOL ->
				URN.matcher(group).matches() ? new BelongingArea(group, "", Split.REASON, this.term).pageLink() : null;
			default -> null;
		};
	}

	/** The area in words, as the page's heading says it. */
	public String name() {
		if (!this.urn.isEmpty()) {
			return "School " + this.urn;
		}
		if (!this.locality.isEmpty()) {
			return Words.sentence(this.locality) + " locality";
		}
		return "Dorset";
	}

	private String query(boolean forApi) {
		List<String> parts = new ArrayList<>();
		if (!this.urn.isEmpty()) {
			parts.add("urn=" + this.urn);
		}
		if (!this.locality.isEmpty()) {
			parts.add("locality=" + this.locality);
		}
		if (this.split != null) {
			parts.add((forApi ? "by=" : "split=") + this.split.name());
		}
		if (!this.term.isEmpty()) {
			parts.add("term=" + URLEncoder.encode(this.term, StandardCharsets.UTF_8));
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

}
