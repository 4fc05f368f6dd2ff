package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the LA must chase a school: a notification delivered but unread an hour before
 * the school day it is due by starts, or later (issue 18: escalated when it is unread an
 * hour before the school day starts), so that someone can ring the school before the
 * child arrives.
 */
public final class Escalation {

	/** How long before the school day starts an unread notification is escalated. */
	public static final Duration BEFORE_DUE = Duration.ofHours(1);

	private Escalation() {
	}

	public static boolean escalated(Notification notification, Instant now) {
		return notification.due() != null && notification.at(DeliveryState.DELIVERED) != null
				&& notification.at(DeliveryState.READ) == null && !now.isBefore(notification.due().minus(BEFORE_DUE));
	}

}
