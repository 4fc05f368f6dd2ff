package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/**
 * Who takes part in Operation Encompass, and how (the notifications' column of the role x
 * resource matrix). Deny by default.
 *
 * <ul>
 * <li>A police force's Operation Encompass system or officer sends notifications, with
 * {@code encompass:notify}, under an agreement naming the force (s49A Domestic Abuse Act
 * 2021 puts the duty on the chief officer of police). It never reads them back: it learns
 * nothing of which school, or whether any, holds the child.</li>
 * <li>A school's designated safeguarding lead, the key adult, reads its own school's
 * notifications, with {@code encompass:read}: the guidance routes them to the DSL role
 * only (domain rules section 9). Other school staff do not.</li>
 * <li>The LA's EHE/CME and inclusion officers, with {@code encompass:manage}, read the
 * home-educated children's notifications and the queue, assign what the platform could
 * not match, and see the escalations and the measure.</li>
 * </ul>
 */
public final class EncompassParties {

	public static final String NOTIFY = "encompass:notify";

	public static final String READ = "encompass:read";

	public static final String MANAGE = "encompass:manage";

	/** The one purpose notifications are sent for. */
	public static final String PURPOSE = "OPERATION_ENCOMPASS";

	static final String POLICE_ROLE = "POLICE_ENCOMPASS_OFFICER";

	static final String DSL_ROLE = "SCHOOL_DSL";

	static final Set<String> LA_ROLES = Set.of("EHE_CME_OFFICER", "LA_INCLUSION_OFFICER");

	/** The LA's officer who keeps schools' webhooks with them (ADR 0045). */
	static final String LA_WEBHOOK_ROLE = "LA_INCLUSION_OFFICER";

	private EncompassParties() {
	}

	/** A reader of notifications: a school's DSL, or the LA. */
	public sealed interface Reader {

		/** The designated safeguarding lead of the school with this URN. */
		record SchoolDsl(String urn) implements Reader {
		}

		/** The local authority's officers. */
		record LocalAuthority() implements Reader {
		}

	}

	/** Whether the caller may send notifications (the agreement is checked after). */
	public static boolean maySend(Caller caller) {
		return caller.organisation().type() == Organisation.Type.POLICE && caller.hasRole(POLICE_ROLE)
				&& caller.hasScope(NOTIFY);
	}

	/** The caller as a reader, or empty when it reads no notification. */
	public static Optional<Reader> reader(Caller caller) {
		if (caller.actsForSchool() && caller.hasRole(DSL_ROLE) && caller.hasScope(READ)) {
			return Optional.of(new Reader.SchoolDsl(caller.organisation().id()));
		}
		if (caller.organisation().type() == Organisation.Type.LOCAL_AUTHORITY
				&& LA_ROLES.stream().anyMatch(caller::hasRole) && caller.hasScope(MANAGE)) {
			return Optional.of(new Reader.LocalAuthority());
		}
		return Optional.empty();
	}

	/** Whether a reader may read a notification: a school its own, the LA any. */
	public static boolean mayRead(Reader reader, Notification notification) {
		return switch (reader) {
			case Reader.LocalAuthority la -> true;
			case Reader.SchoolDsl dsl ->
				notification.route() != null && notification.route().recipient() == Routing.Recipient.SCHOOL
						&& dsl.urn().equals(notification.route().school());
		};
	}

	/**
	 * Whether a reader is the notification's recipient, whose reading and acknowledging
	 * are tracked: the school's DSL, or the LA for a home-educated child. An LA officer
	 * looking at a school's notification does not read it for the school.
	 */
	public static boolean isRecipient(Reader reader, Notification notification) {
		if (notification.route() == null) {
			return false;
		}
		return switch (reader) {
			case Reader.LocalAuthority la -> notification.route().recipient() == Routing.Recipient.EHE_OFFICER;
			case Reader.SchoolDsl dsl -> mayRead(dsl, notification);
		};
	}

	/**
	 * The caller as a keeper of webhooks and their dead letters (ADR 0045), or empty: a
	 * school's DSL its own school's, the LA's inclusion officer any school's. The EHE/CME
	 * officer reads the queue but keeps no school's system.
	 */
	public static Optional<Reader> webhookKeeper(Caller caller) {
		return reader(caller).filter((reader) -> reader instanceof Reader.SchoolDsl || caller.hasRole(LA_WEBHOOK_ROLE));
	}

	/** Whether a keeper keeps this school's webhook. */
	public static boolean keepsWebhookOf(Reader keeper, String school) {
		return switch (keeper) {
			case Reader.LocalAuthority la -> true;
			case Reader.SchoolDsl dsl -> dsl.urn().equals(school);
		};
	}

}
