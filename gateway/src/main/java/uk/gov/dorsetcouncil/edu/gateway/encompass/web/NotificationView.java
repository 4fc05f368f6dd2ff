package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.gateway.encompass.DeliveryState;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Notification;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Routing;

/** A notification as its recipient and the LA read it. */
@Schema(description = "An Operation Encompass notification, where it went and when each state was reached")
public record NotificationView(String id, String force, String policeReference, Instant incidentAt, String location,
		ChildView child, boolean childPresent, String schoolNeedsToKnow,
		@Schema(description = "null while only received", nullable = true) RouteView route,
		@Schema(description = "before the start of the school's next school day; null until it has a school",
				nullable = true) Instant due,
		DeliveryState state, @Schema(description = "when each state was reached") Map<DeliveryState, Instant> reached) {

	/** The child as the police described them. */
	public record ChildView(String familyName, String givenName, LocalDate dateOfBirth,
			@Schema(nullable = true) String address, @Schema(nullable = true) String postcode) {
	}

	/** Where it went and why; the child matched and the score, when one was. */
	public record RouteView(Routing.Recipient recipient, @Schema(nullable = true) String school,
			@Schema(nullable = true) String upn, int score, Routing.Reason reason) {
	}

	static NotificationView of(Notification notification) {
		var report = notification.report();
		var child = report.child();
		Routing.Route route = notification.route();
		return new NotificationView(notification.id(), notification.force(), report.policeReference(),
				report.incidentAt(), report.location(),
				new ChildView(
						child.familyName(), child.givenName(), child.dateOfBirth(), child.address(), child.postcode()),
				report.childPresent(), report.schoolNeedsToKnow(),
				(route != null)
						? new RouteView(route.recipient(), route.school(), route.upn(), route.score(), route.reason())
						: null,
				notification.due(), notification.state(), new TreeMap<>(notification.reached()));
	}

}
