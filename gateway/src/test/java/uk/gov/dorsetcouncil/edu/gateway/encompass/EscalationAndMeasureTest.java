package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The LA's two views: what to chase now, and how each school is doing. */
class EscalationAndMeasureTest {

	static final Instant DUE = Instant.parse("2026-11-10T08:30:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"unread, two hours before the day starts      | 2026-11-10T06:30:00Z | -                    | false",
			"unread, an hour and a minute before          | 2026-11-10T07:29:00Z | -                    | false",
			"unread, exactly an hour before               | 2026-11-10T07:30:00Z | -                    | true",
			"unread, after the day started                | 2026-11-10T10:00:00Z | -                    | true",
			"read the evening before                       | 2026-11-10T08:00:00Z | 2026-11-09T20:00:00Z | false",
			"read late, after the day started             | 2026-11-10T10:00:00Z | 2026-11-10T09:00:00Z | false" })
	void anUnreadNotificationIsEscalatedFromAnHourBeforeTheSchoolDay(String why, String now, String read,
			boolean escalated) {
		Notification notification = delivered("OE-1", "991001", DUE, Instant.parse("2026-11-09T19:00:00Z"),
				(read == null) ? null : Instant.parse(read));
		assertThat(Escalation.escalated(notification, Instant.parse(now))).as(why).isEqualTo(escalated);
	}

	@Test
	void aNotificationInTheQueueIsNotASchoolsToChase() {
		Notification queued = Notification
			.received("OE-2", "POLICE:DORSET", "DSA", report(), Instant.parse("2026-11-09T19:00:00Z"))
			.routed(Routing.Route.toQueue(Routing.Reason.NO_CANDIDATE), null, Instant.parse("2026-11-09T19:00:01Z"));
		assertThat(Escalation.escalated(queued, Instant.parse("2026-11-10T10:00:00Z"))).isFalse();
		assertThat(queued.state()).isEqualTo(DeliveryState.RECEIVED);
	}

	@Test
	void eachSchoolsShareDeliveredAndReadInTimeCountsOnlyWhatIsDueByNow() {
		Instant evening = Instant.parse("2026-11-09T19:00:00Z");
		List<Notification> notifications = List.of(
				delivered("OE-1", "991001", DUE, evening, Instant.parse("2026-11-10T08:00:00Z")),
				delivered("OE-2", "991001", DUE, evening, Instant.parse("2026-11-10T09:00:00Z")),
				delivered("OE-3", "991001", DUE, evening, null),
				delivered("OE-4", "991001", DUE, Instant.parse("2026-11-10T08:45:00Z"), null),
				delivered("OE-5", "991002", DUE, evening, Instant.parse("2026-11-09T21:00:00Z")),
				// Not due yet: counted neither way.
				delivered("OE-6", "991002", Instant.parse("2026-11-11T08:30:00Z"), evening, null));
		List<InTimeMeasure.SchoolFigures> figures = InTimeMeasure.bySchool(notifications,
				Instant.parse("2026-11-10T12:00:00Z"));
		assertThat(figures).containsExactly(new InTimeMeasure.SchoolFigures("991001", 4, 3, 1, 0.75, 0.25),
				new InTimeMeasure.SchoolFigures("991002", 1, 1, 1, 1.0, 1.0));
	}

	@Test
	void statesAreReachedOnceAndInOrder() {
		Instant evening = Instant.parse("2026-11-09T19:00:00Z");
		Notification notification = delivered("OE-1", "991001", DUE, evening, null);
		Notification read = notification.read(Instant.parse("2026-11-10T07:00:00Z"));
		Notification again = read.read(Instant.parse("2026-11-10T07:30:00Z"));
		assertThat(again.at(DeliveryState.READ)).isEqualTo(Instant.parse("2026-11-10T07:00:00Z"));
		Notification acknowledged = again.acknowledged(Instant.parse("2026-11-10T07:45:00Z"));
		assertThat(acknowledged.state()).isEqualTo(DeliveryState.ACKNOWLEDGED);
		assertThat(acknowledged.at(DeliveryState.MATCHED)).isEqualTo(evening);
	}

	static Notification delivered(String id, String school, Instant due, Instant delivered, Instant read) {
		Map<DeliveryState, Instant> reached = new EnumMap<>(DeliveryState.class);
		reached.put(DeliveryState.RECEIVED, delivered);
		reached.put(DeliveryState.MATCHED, delivered);
		reached.put(DeliveryState.DELIVERED, delivered);
		if (read != null) {
			reached.put(DeliveryState.READ, read);
		}
		return new Notification(id, "POLICE:DORSET", "DSA", report(), new Routing.Route(Routing.Recipient.SCHOOL,
				school, "A1", 90, Routing.Reason.CONFIDENT_MATCH_ON_ONE_ROLL), due, reached);
	}

	static IncidentReport report() {
		return new IncidentReport("DP/1", Instant.parse("2026-11-09T18:00:00Z"), "home",
				new IncidentReport.ChildAsHeld("Smith", "Amelia", LocalDate.of(2016, 7, 4), null, null), true,
				"Amelia saw it");
	}

}
