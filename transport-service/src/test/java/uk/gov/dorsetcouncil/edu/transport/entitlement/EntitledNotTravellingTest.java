package uk.gov.dorsetcouncil.edu.transport.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityRule;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PendingReason;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is entitled but not travelling on 7 December 2026, as a table: the pupil's
 * decisions about school 990001 (outcome and day assessed, oldest first; an eligible one
 * valid to 31 August 2027 unless it ends earlier), the travel arranged (route or none,
 * from and to) and attendance-service's reading (PA persistently absent, OK not, ? could
 * not be asked).
 */
class EntitledNotTravellingTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	static final Upn PUPIL = Upn.withCheckLetter("838200133001");

	@ParameterizedTest(name = "[{0}] travel [{1}] attendance {2}: {3}")
	@CsvSource(nullValues = "-", delimiter = '|',
			textBlock = """
					# decisions                                  | travel                      | attendance | listed
					ELIGIBLE:2026-09-01                          | -                           | OK         | NO_TRAVEL_ARRANGED
					ELIGIBLE:2026-09-01                          | R-1:2026-09-02:-            | OK         | -
					ELIGIBLE:2026-09-01                          | R-1:2026-09-02:-            | PA         | LOW_ATTENDANCE
					ELIGIBLE:2026-09-01                          | R-1:2026-09-02:-            | ?          | -
					ELIGIBLE:2026-09-01                          | none:2026-09-02:-           | OK         | NO_ROUTE_ALLOCATED
					ELIGIBLE:2026-09-01                          | none:2026-09-02:-           | PA         | NO_ROUTE_ALLOCATED LOW_ATTENDANCE
					ELIGIBLE:2026-09-01                          | R-1:2026-09-02:2026-12-04   | PA         | NO_TRAVEL_ARRANGED
					ELIGIBLE:2026-09-01                          | R-1:2026-12-08:-            | OK         | NO_TRAVEL_ARRANGED
					ELIGIBLE:2026-09-01 NOT_ELIGIBLE:2026-11-01  | -                           | OK         | -
					NOT_ELIGIBLE:2026-09-01 ELIGIBLE:2026-11-01  | -                           | OK         | NO_TRAVEL_ARRANGED
					ELIGIBLE:2026-09-01 PENDING:2026-11-01       | -                           | OK         | NO_TRAVEL_ARRANGED
					ELIGIBLE:2026-12-08                          | -                           | OK         | -
					ELIGIBLE:2026-09-01:2026-12-06               | -                           | OK         | -
					NOT_ELIGIBLE:2026-09-01                      | R-1:2026-09-02:-            | PA         | -
					""")
	void whoIsListed(String decisions, String travel, String attendance, String listed) {
		List<NotTravelling> found = EntitledNotTravelling.on(DAY, decisions(decisions), travel(travel),
				upn -> switch (attendance) {
					case "PA" -> new AttendanceReading(true, 84.5, true, "stand-in");
					case "OK" -> new AttendanceReading(true, 97.0, false, "stand-in");
					default -> AttendanceReading.unavailable("stand-in down");
				});
		if (listed == null) {
			assertThat(found).isEmpty();
			return;
		}
		assertThat(found).singleElement().satisfies(n -> {
			assertThat(n.reasons()).extracting(Enum::name).containsExactly(listed.split(" "));
			assertThat(n.upn()).isEqualTo(PUPIL.value());
			assertThat(n.schoolUrn()).isEqualTo("990001");
			// attendance is read only where travel is arranged
			assertThat(n.attendance() == null)
				.isEqualTo(travel == null || n.reasons().contains(NotTravellingReason.NO_TRAVEL_ARRANGED));
		});
	}

	static PupilDecisions decisions(String written) {
		List<Decision> decisions = new ArrayList<>();
		for (String one : written.split(" ")) {
			String[] parts = one.split(":");
			Outcome outcome = Outcome.valueOf(parts[0]);
			LocalDate assessedOn = LocalDate.parse(parts[1]);
			LocalDate validUntil = (outcome != Outcome.ELIGIBLE) ? null
					: (parts.length > 2) ? LocalDate.parse(parts[2]) : LocalDate.of(2027, 8, 31);
			decisions
				.add(new Decision(PUPIL.value() + "-" + (decisions.size() + 1), PUPIL.value(), "990001", assessedOn,
						outcome, (outcome == Outcome.ELIGIBLE) ? EligibilityRule.STATUTORY_WALKING_DISTANCE : null,
						(outcome == Outcome.PENDING) ? PendingReason.DISTANCE_UNAVAILABLE : null, validUntil,
						new Decision.Explanation(LocalDate.of(2016, 1, 1), assessedOn, 10, 6, new GeoPoint(50.7, -2.4),
								List.of(), List.of(), List.of(), List.of(), null),
						"officer", Instant.parse(assessedOn + "T09:00:00Z")));
		}
		return new PupilDecisions(PUPIL, decisions, 1);
	}

	static TravelArrangements travel(String written) {
		if (written == null) {
			return new TravelArrangements(PUPIL, List.of());
		}
		String[] parts = written.split(":");
		return new TravelArrangements(PUPIL,
				List.of(new TravelArrangement("990001", EligibilityBasis.STATUTORY_WALKING_DISTANCE,
						parts[0].equals("none") ? null : parts[0], LocalDate.parse(parts[1]),
						parts[2].equals("-") ? null : LocalDate.parse(parts[2]))));
	}

}
