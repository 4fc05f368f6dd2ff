package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.EnrolmentAttendance;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.Suspension;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangement;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child no service holds is not found, not a profile of empty parts (issue 12.7); one
 * row per case: each part EMPTY (answered, nothing in it), HELD (something in it), NONE
 * (the service holds nothing), WITHHELD (not asked) or UNAVAILABLE (did not answer).
 */
class ChildProfilesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			every service answered with nothing,          EMPTY,       EMPTY,    EMPTY,       EMPTY,       true
			on no roll and nothing elsewhere,             NONE,        EMPTY,    EMPTY,       EMPTY,       true
			only attendance asked and it holds nothing,   NONE,        WITHHELD, WITHHELD,    WITHHELD,    true
			on a roll,                                    HELD,        EMPTY,    EMPTY,       EMPTY,       false
			on no roll but suspended once,                NONE,        HELD,     EMPTY,       EMPTY,       false
			on no roll but with an EHC plan,              NONE,        EMPTY,    HELD,        EMPTY,       false
			on no roll but with travel arranged,          NONE,        EMPTY,    EMPTY,       HELD,        false
			one service did not answer,                   NONE,        EMPTY,    UNAVAILABLE, EMPTY,       false
			nothing asked at all,                         WITHHELD,    WITHHELD, WITHHELD,    WITHHELD,    false
			""")
	void aChildIsHeldByNoServiceOnlyWhenEveryServiceAskedSaysSo(String name, String attendance, String belonging,
			String plan, String transport, boolean notFound) {
		assertThat(ChildProfiles.heldByNoService(
				part(attendance, PupilAttendanceSummary::getDefaultInstance,
						() -> PupilAttendanceSummary.newBuilder()
							.addEnrolments(EnrolmentAttendance.newBuilder().setSchoolUrn("113456"))
							.build()),
				part(belonging, PupilBelonging::getDefaultInstance,
						() -> PupilBelonging.newBuilder()
							.addSuspensions(Suspension.newBuilder().setSessions(2))
							.build()),
				part(plan, EhcPlanStatus::getDefaultInstance,
						() -> EhcPlanStatus.newBuilder().setHasPlan(true).build()),
				part(transport, TravelArrangements::getDefaultInstance,
						() -> TravelArrangements.newBuilder()
							.addArrangements(TravelArrangement.newBuilder().setSchoolUrn("113456"))
							.build())))
			.as(name)
			.isEqualTo(notFound);
	}

	private static <T> Part<T> part(String kind, Supplier<T> empty, Supplier<T> held) {
		return switch (kind) {
			case "EMPTY" -> new Part.Available<>(empty.get());
			case "HELD" -> new Part.Available<>(held.get());
			case "NONE" -> new Part.None<>("on no roll");
			case "WITHHELD" -> new Part.Withheld<>("not released");
			case "UNAVAILABLE" -> new Part.Unavailable<>("did not answer");
			default -> throw new IllegalArgumentException(kind);
		};
	}

}
