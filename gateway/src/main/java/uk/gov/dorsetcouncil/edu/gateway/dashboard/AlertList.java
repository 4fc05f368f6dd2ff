package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A page of the children who need help now, as the API answered it for the viewer's
 * caseload (and the filters chosen), in the order the viewer chose.
 */
public record AlertList(String basis, String asOf, int page, int size, long total, List<Alert> alerts) {

	/**
	 * The reasons a child is on the list, as the attendance service names them (its
	 * {@code AlertType}), to filter by.
	 */
	public static final List<String> TYPES = List.of("PERSISTENT_ABSENCE", "SEVERE_ABSENCE",
			"PENALTY_NOTICE_TO_CONSIDER", "CONTINUOUS_UNAUTHORISED_ABSENCE", "CHILD_MISSING_EDUCATION_RISK",
			"SICKNESS_RETURN", "UNRESOLVED_N", "SEVERE_ABSENCE_WITHOUT_PLAN");

	/** One child on the list and why. */
	public record Alert(String type, String urn, String upn, String pupilName, int yearGroup, String since,
			String reason) {

		public String typeInWords() {
			String words = this.type.replace('_', ' ').toLowerCase(Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

	}

	/** The orders the list can be shown in; the first is the default. */
	public enum Order {

		/** Longest on the list first: who has waited longest for help. */
		SINCE("On the list longest first",
				Comparator.comparing(Alert::since, Comparator.nullsLast(Comparator.naturalOrder()))),
		/** By school, then name. */
		SCHOOL("School", Comparator.comparing(Alert::urn).thenComparing(Alert::pupilName)),
		/** By name. */
		NAME("Name", Comparator.comparing(Alert::pupilName)),
		/** By year group, youngest first. */
		YEAR_GROUP("Year group", Comparator.comparingInt(Alert::yearGroup).thenComparing(Alert::pupilName)),
		/** By reason. */
		TYPE("Reason", Comparator.comparing(Alert::type).thenComparing(Alert::pupilName));

		private final String label;

		private final Comparator<Alert> order;

		Order(String label, Comparator<Alert> order) {
			this.label = label;
			this.order = order;
		}

		public String label() {
			return this.label;
		}

		/** The order named, or the default for a name that is not one. */
		public static Order named(String name) {
			return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(name)).findFirst().orElse(SINCE);
		}

	}

	/** The same page in the order chosen. */
	public AlertList sorted(Order order) {
		return new AlertList(this.basis, this.asOf, this.page, this.size, this.total,
				this.alerts.stream().sorted(order.order).toList());
	}

	/** The number of the last page, from 0. */
	public long lastPage() {
		return (this.total == 0) ? 0 : (this.total - 1) / this.size;
	}

}
