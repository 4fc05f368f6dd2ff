package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementCheck;
import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildSearchQuery;
import uk.gov.dorsetcouncil.edu.gateway.children.search.grpc.RollSearch;
import uk.gov.dorsetcouncil.edu.gateway.encompass.DeliveryState;
import uk.gov.dorsetcouncil.edu.gateway.encompass.DueTime;
import uk.gov.dorsetcouncil.edu.gateway.encompass.EncompassParties;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Escalation;
import uk.gov.dorsetcouncil.edu.gateway.encompass.InTimeMeasure;
import uk.gov.dorsetcouncil.edu.gateway.encompass.IncidentReport;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Notification;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Routing;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;
import uk.gov.dorsetcouncil.edu.gateway.encompass.grpc.HomeEducation;
import uk.gov.dorsetcouncil.edu.gateway.encompass.grpc.SchoolCalendars;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.NotificationStore;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Operation Encompass end to end: a notification received from a police force under its
 * agreement, matched on the rolls, routed to a school's DSL, the EHE officer or the LA's
 * queue, due before the school's next school day; read and acknowledged by its recipient;
 * escalated and measured for the LA (ADR 0041). Every release, to a recipient or to a
 * reader, is in the audit chain before it happens.
 */
class EncompassNotifications {

	static final String SEND = "POST /api/v1/encompass/notifications";

	static final String READ = "GET /api/v1/encompass/notifications/{id}";

	static final String LIST = "GET /api/v1/encompass/";

	static final String ASSIGN = "PUT /api/v1/encompass/notifications/{id}/assignment";

	/** What a notification releases of the child and the incident: the audit's fields. */
	static final List<String> FIELDS = List.of("policeReference", "incidentAt", "location", "child", "childPresent",
			"schoolNeedsToKnow");

	static final String NOT_A_SENDER = "your organisation and role do not send Operation Encompass notifications "
			+ "(a police force's system or officer with encompass:notify)";

	static final String NOT_A_READER = "your role does not read Operation Encompass notifications (a school's "
			+ "designated safeguarding lead, or the LA's EHE/CME and inclusion officers)";

	private static final Logger log = LoggerFactory.getLogger(EncompassNotifications.class);

	private static final Caller SWEEPER = Caller.service("gateway", java.util.Set.of());

	private final NotificationStore store;

	private final AgreementStore agreements;

	private final RollSearch rolls;

	private final SchoolCalendars calendars;

	private final HomeEducation homes;

	private final Auditor auditor;

	private final WebhookStore webhooks;

	private final Clock clock;

	private final LocalTime dayStarts;

	private final ZoneId zone;

	EncompassNotifications(NotificationStore store, AgreementStore agreements, RollSearch rolls,
			SchoolCalendars calendars, HomeEducation homes, Auditor auditor, WebhookStore webhooks, Clock clock,
			LocalTime dayStarts, ZoneId zone) {
		this.store = store;
		this.agreements = agreements;
		this.rolls = rolls;
		this.calendars = calendars;
		this.homes = homes;
		this.auditor = auditor;
		this.webhooks = webhooks;
		this.clock = clock;
		this.dayStarts = dayStarts;
		this.zone = zone;
	}

	/** What receiving a notification did: the one held, and whether it is new. */
	record Received(Receipt receipt, boolean created) {
	}

	/**
	 * Receives a notification: the sender first (403, recorded), then the key and the
	 * report (400 naming each field), then the purpose and the agreement (403, recorded),
	 * then stored once per key, matched and routed. A notification whose matching fails
	 * (attendance down) is held as received and routed by {@link #routeUnrouted}.
	 */
	Mono<Received> receive(Caller caller, NotificationBody body, String key, String purpose, String agreementId) {
		if (!EncompassParties.maySend(caller)) {
			return refuse(caller, SEND, purpose, agreementId, NOT_A_SENDER);
		}
		String checkedKey = IdempotencyKeys.checkKey(key);
		Instant now = this.clock.instant();
		IncidentReport report = body.report(now);
		requireCode("purpose", purpose);
		requireCode("agreement", agreementId);
		return blocking(() -> refusal(caller, purpose, agreementId)).flatMap((refusal) -> {
			if (refusal.isPresent()) {
				return refuse(caller, SEND, purpose, agreementId, refusal.get());
			}
			Notification fresh = Notification.received(id(caller, checkedKey), caller.organisation().asHeader(),
					agreementId, report, now);
			return blocking(() -> this.store.receive(fresh)).flatMap((held) -> {
				if (!held.sameReport()) {
					return Mono.error(new ProblemException(Problem.CONFLICT, "the Idempotency-Key " + checkedKey
							+ " was used for another notification; use a new key for a new notification"));
				}
				Notification notification = held.notification();
				Mono<Notification> routed = (notification.route() == null)
						? route(caller, notification).onErrorResume((failure) -> unrouted(notification, failure))
						: Mono.just(notification);
				return routed.thenReturn(new Received(receipt(notification), held.created()));
			});
		});
	}

	private Optional<String> refusal(Caller caller, String purpose, String agreementId) {
		if (purpose != null && !EncompassParties.PURPOSE.equals(purpose)) {
			return Optional.of("notifications are sent for the purpose " + EncompassParties.PURPOSE + " only");
		}
		return AgreementCheck.standing(caller, purpose, agreementId,
				(agreementId == null) ? Optional.empty() : this.agreements.find(agreementId),
				LocalDate.now(this.clock.withZone(this.zone)));
	}

	/** Matches and routes a notification, records the release, then delivers it. */
	private Mono<Notification> route(Caller caller, Notification notification) {
		IncidentReport.ChildAsHeld child = notification.report().child();
		ChildSearchQuery query = new ChildSearchQuery(child.familyName(), child.givenName(), child.dateOfBirth(),
				child.postcode(), null);
		return this.rolls.find(caller, query).publishOn(Schedulers.boundedElastic()).map((found) -> {
			Routing.Route route = Routing.route(found.candidates().candidates(), this.homes::homeEducated);
			return notification.routed(route, due(route, notification), this.clock.instant());
		})
			.flatMap((routed) -> this.auditor.recordThen(caller, SEND, children(routed), schools(routed), FIELDS,
					EncompassParties.PURPOSE, routed.agreement(), Outcome.RELEASED, reason(routed), routed))
			.flatMap((routed) -> blocking(() -> deliver(routed)));
	}

	/**
	 * Delivers a routed notification to its recipient's inbox and, when its school has an
	 * active webhook, queues the webhook job in the same write (ADR 0045): the inbox
	 * never waits for the school's system.
	 */
	private Notification deliver(Notification routed) {
		Routing.Route route = routed.route();
		WebhookJob job = null;
		if (route.recipient() == Routing.Recipient.SCHOOL && this.webhooks.find(route.school())
			.filter((webhook) -> webhook.status() == WebhookRegistration.Status.ACTIVE)
			.isPresent()) {
			job = WebhookJob.queued(routed.id(), route.school(), this.clock.instant());
		}
		return this.store.route(routed, job);
	}

	private Mono<Notification> unrouted(Notification notification, Throwable failure) {
		log.warn("notification {} held as received, to be routed when the services answer: {}", notification.id(),
				failure.getMessage());
		return Mono.just(notification);
	}

	/**
	 * Routes every notification held as received only (matching failed, or the platform
	 * stopped between storing and routing): none is lost.
	 */
	Mono<Long> routeUnrouted() {
		return blocking(this.store::unrouted).flatMapIterable((list) -> list)
			.concatMap((notification) -> route(SWEEPER, notification)
				.onErrorResume((failure) -> unrouted(notification, failure)))
			.count();
	}

	private Instant due(Routing.Route route, Notification notification) {
		if (route.recipient() != Routing.Recipient.SCHOOL) {
			return null;
		}
		Instant received = notification.at(DeliveryState.RECEIVED);
		DueTime.SchoolDays days = this.calendars.around(route.school(), received.atZone(this.zone).toLocalDate());
		return DueTime.due(received, days, this.dayStarts, this.zone);
	}

	/** Reads one notification: its recipient's first read is tracked. */
	Mono<NotificationView> read(Caller caller, String id) {
		EncompassParties.Reader reader = reader(caller);
		return blocking(() -> {
			Notification notification = readable(reader, id);
			if (EncompassParties.isRecipient(reader, notification)) {
				return this.store.reach(notification.read(this.clock.instant()), DeliveryState.READ);
			}
			return notification;
		}).flatMap((notification) -> release(caller, READ.replace("{id}", id), List.of(notification))
			.thenReturn(NotificationView.of(notification)));
	}

	/** Its recipient says it has acted on it. */
	Mono<NotificationView> acknowledge(Caller caller, String id) {
		EncompassParties.Reader reader = reader(caller);
		return blocking(() -> {
			Notification notification = readable(reader, id);
			if (!EncompassParties.isRecipient(reader, notification)) {
				throw ProblemException.forbidden("only the notification's recipient acknowledges it");
			}
			return this.store.reach(notification.acknowledged(this.clock.instant()), DeliveryState.READ,
					DeliveryState.ACKNOWLEDGED);
		}).map(NotificationView::of);
	}

	/** A school DSL's inbox, newest first. */
	Mono<List<NotificationView>> inbox(Caller caller) {
		if (!(reader(caller) instanceof EncompassParties.Reader.SchoolDsl dsl)) {
			return refuse(caller, LIST + "inbox", null, null, "the inbox is the school DSL's");
		}
		return blocking(() -> this.store.toSchool(dsl.urn()))
			.flatMap((list) -> release(caller, LIST + "inbox", list).thenReturn(views(list)));
	}

	/** The LA's queue and the EHE officer's notifications, newest first. */
	Mono<List<NotificationView>> queue(Caller caller) {
		requireLocalAuthority(caller);
		return blocking(this.store::forTheLocalAuthority)
			.flatMap((list) -> release(caller, LIST + "queue", list).thenReturn(views(list)));
	}

	/** An officer sends a notification the platform could not match to a school. */
	Mono<NotificationView> assign(Caller caller, String id, AssignmentBody body) {
		requireLocalAuthority(caller);
		String school = (body == null) ? null : body.school();
		String upn = (body == null) ? null : body.upn();
		SchoolIdentifiers.urnProblem((school == null) ? "" : school).ifPresent((problem) -> {
			throw ProblemException.invalid("school", problem);
		});
		Upn child = Upn.parse("upn", upn);
		return blocking(() -> {
			Notification notification = this.store.find(id)
				.orElseThrow(() -> ProblemException.notFound("no notification " + id + " is held"));
			if (!notification.queued()) {
				throw new ProblemException(Problem.CONFLICT, "notification " + id + " is not in the queue: it went to "
						+ ((notification.route() == null) ? "no one yet" : notification.route().recipient()));
			}
			Routing.Route route = new Routing.Route(Routing.Recipient.SCHOOL, school, child.value(), 0,
					Routing.Reason.ASSIGNED_BY_OFFICER);
			return notification.routed(route, due(route, notification), this.clock.instant());
		}).flatMap((routed) -> this.auditor.recordThen(caller, ASSIGN.replace("{id}", id), children(routed),
				schools(routed), FIELDS, EncompassParties.PURPOSE, routed.agreement(), Outcome.RELEASED, reason(routed),
				routed))
			.flatMap((routed) -> blocking(() -> deliver(routed)))
			.map(NotificationView::of);
	}

	/** Delivered to a school and unread within an hour of its school day: to chase. */
	Mono<List<Escalated>> escalations(Caller caller) {
		requireLocalAuthority(caller);
		Instant now = this.clock.instant();
		return blocking(() -> this.store.toSchools()
			.stream()
			.filter((notification) -> Escalation.escalated(notification, now))
			.map((notification) -> new Escalated(notification.id(), notification.route().school(),
					notification.at(DeliveryState.DELIVERED), notification.due(), !now.isBefore(notification.due())))
			.toList());
	}

	/** The share delivered and read before the school day, by school. */
	Mono<InTime> measure(Caller caller) {
		requireLocalAuthority(caller);
		Instant now = this.clock.instant();
		return blocking(() -> new InTime(now, InTimeMeasure.bySchool(this.store.toSchools(), now)));
	}

	/**
	 * A notification to chase.
	 *
	 * @param late past its due time, not only within the hour before
	 */
	record Escalated(String id, String school, Instant deliveredAt, Instant due, boolean late) {
	}

	/** The in-time measure as of a time: notifications due by then only. */
	record InTime(Instant asOf, List<InTimeMeasure.SchoolFigures> schools) {
	}

	private EncompassParties.Reader reader(Caller caller) {
		return EncompassParties.reader(caller).orElseThrow(() -> ProblemException.forbidden(NOT_A_READER));
	}

	private static void requireLocalAuthority(Caller caller) {
		if (!(EncompassParties.reader(caller).orElse(null) instanceof EncompassParties.Reader.LocalAuthority)) {
			throw ProblemException.forbidden(
					"the queue, escalations and measure are the LA's EHE/CME and inclusion officers' (encompass:manage)");
		}
	}

	/** The notification, or 404: one a reader may not read is not said to exist. */
	private Notification readable(EncompassParties.Reader reader, String id) {
		return this.store.find(id)
			.filter((notification) -> EncompassParties.mayRead(reader, notification))
			.orElseThrow(() -> ProblemException.notFound("no notification " + id + " is held for you"));
	}

	private Mono<Void> release(Caller caller, String action, List<Notification> notifications) {
		List<String> children = notifications.stream()
			.flatMap((notification) -> children(notification).stream())
			.distinct()
			.toList();
		List<String> schools = notifications.stream()
			.flatMap((notification) -> schools(notification).stream())
			.distinct()
			.sorted()
			.toList();
		String agreements = String.join(",",
				notifications.stream().map(Notification::agreement).distinct().sorted().toList());
		return this.auditor
			.recordThen(caller, action, children, schools, FIELDS, EncompassParties.PURPOSE,
					agreements.isEmpty() ? null : agreements, Outcome.RELEASED,
					notifications.size() + " notification(s) read", Boolean.TRUE)
			.then();
	}

	private <T> Mono<T> refuse(Caller caller, String action, String purpose, String agreement, String reason) {
		return this.auditor.refused(caller, action, List.of(), purpose, agreement, reason)
			.then(Mono.error(ProblemException.forbidden(reason)));
	}

	private static List<NotificationView> views(List<Notification> notifications) {
		return notifications.stream().map(NotificationView::of).toList();
	}

	private static List<String> children(Notification notification) {
		return (notification.route() != null && notification.route().upn() != null)
				? List.of(notification.route().upn()) : List.of();
	}

	private static List<String> schools(Notification notification) {
		return (notification.route() != null && notification.route().school() != null)
				? List.of(notification.route().school()) : List.of();
	}

	private static String reason(Notification notification) {
		Routing.Route route = notification.route();
		return "notification " + notification.id() + " routed to " + route.recipient() + " (" + route.reason()
				+ ((route.score() > 0) ? ", score " + route.score() : "") + ")";
	}

	private static Receipt receipt(Notification notification) {
		return new Receipt(notification.id(), notification.report().policeReference(),
				notification.at(DeliveryState.RECEIVED));
	}

	/**
	 * The id of a force's notification sent with an Idempotency-Key: the same for every
	 * retry, different for every force (keys of different forces never meet).
	 */
	static String id(Caller caller, String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((caller.organisation().asHeader() + "\n" + key).getBytes(StandardCharsets.UTF_8));
			return "OE-" + HexFormat.of().formatHex(digest, 0, 12).toUpperCase(java.util.Locale.ROOT);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static void requireCode(String field, String value) {
		if (value != null && !Access.isCode(value)) {
			String header = field.equals("purpose") ? "X-Dorset-Purpose" : "X-Dorset-Agreement";
			throw ProblemException.invalid(field, "a " + field + " is named by its code, 2-64 capital letters, digits, "
					+ "'-' or '_' (the " + header + " header)");
		}
	}

	/** Blocking store work, off the event loop. */
	static <T> Mono<T> blocking(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

}
