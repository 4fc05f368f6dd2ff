package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * One Operation Encompass notification as the platform holds it: what the police sent,
 * under which agreement, where it went and why, when it is due, and when each state was
 * reached.
 *
 * @param id the platform's id, made from the force and its Idempotency-Key
 * @param force the police organisation that sent it ({@code POLICE:DORSET})
 * @param agreement the data-sharing agreement it was sent under
 * @param report what the police sent
 * @param route where it went; null while only received
 * @param due when it must be with the recipient; null until it has a school (a
 * notification in the LA's queue is due when an officer assigns it)
 * @param reached when each state was reached
 */
public record Notification(String id, String force, String agreement, IncidentReport report, Routing.Route route,
		Instant due, Map<DeliveryState, Instant> reached) {

	public Notification {
		EnumMap<DeliveryState, Instant> copy = new EnumMap<>(DeliveryState.class);
		copy.putAll(reached);
		reached = java.util.Collections.unmodifiableMap(copy);
	}

	/** A notification just received. */
	public static Notification received(String id, String force, String agreement, IncidentReport report, Instant at) {
		return new Notification(id, force, agreement, report, null, null, Map.of(DeliveryState.RECEIVED, at));
	}

	/** The furthest state reached. */
	public DeliveryState state() {
		DeliveryState furthest = DeliveryState.RECEIVED;
		for (DeliveryState state : this.reached.keySet()) {
			if (state.reached(furthest)) {
				furthest = state;
			}
		}
		return furthest;
	}

	/**
	 * Routed: matched and delivered when it has a recipient who reads it (a school or the
	 * EHE officer); received only when it waits in the LA's queue.
	 */
	public Notification routed(Routing.Route to, Instant dueAt, Instant at) {
		Map<DeliveryState, Instant> times = times();
		if (to.recipient() != Routing.Recipient.LA_QUEUE) {
			times.putIfAbsent(DeliveryState.MATCHED, at);
			times.putIfAbsent(DeliveryState.DELIVERED, at);
		}
		return new Notification(this.id, this.force, this.agreement, this.report, to, dueAt, times);
	}

	/** Opened by its recipient: the first time counts. */
	public Notification read(Instant at) {
		requireDelivered("read");
		Map<DeliveryState, Instant> times = times();
		times.putIfAbsent(DeliveryState.READ, at);
		return new Notification(this.id, this.force, this.agreement, this.report, this.route, this.due, times);
	}

	/** Acknowledged by its recipient, which has read it (an acknowledgement reads it). */
	public Notification acknowledged(Instant at) {
		Map<DeliveryState, Instant> times = read(at).times();
		times.putIfAbsent(DeliveryState.ACKNOWLEDGED, at);
		return new Notification(this.id, this.force, this.agreement, this.report, this.route, this.due, times);
	}

	/** When a state was reached, or null. */
	public Instant at(DeliveryState state) {
		return this.reached.get(state);
	}

	/** Whether it waits in the LA's queue for a person. */
	public boolean queued() {
		return this.route != null && this.route.recipient() == Routing.Recipient.LA_QUEUE;
	}

	private Map<DeliveryState, Instant> times() {
		Map<DeliveryState, Instant> times = new EnumMap<>(DeliveryState.class);
		times.putAll(this.reached);
		return times;
	}

	private void requireDelivered(String what) {
		if (!this.reached.containsKey(DeliveryState.DELIVERED)) {
			throw new ProblemException(Problem.CONFLICT,
					"notification " + this.id + " has not been delivered to a recipient yet, so it cannot be " + what);
		}
	}

}
