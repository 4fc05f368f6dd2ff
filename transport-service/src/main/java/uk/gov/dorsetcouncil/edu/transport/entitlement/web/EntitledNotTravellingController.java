package uk.gov.dorsetcouncil.edu.transport.entitlement.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;
import uk.gov.dorsetcouncil.edu.transport.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.transport.entitlement.EntitlementListing;
import uk.gov.dorsetcouncil.edu.transport.entitlement.NotTravelling;

/**
 * Entitled but not travelling (Attendance Strategy P5/001), for the local authority's
 * transport officers.
 */
@RestController
@Tag(name = "Entitled but not travelling",
		description = "Pupils eligible for free travel with none arranged, none allocated to a route, or travel arranged while persistently absent (Attendance Strategy P5/001)")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/transport/entitled-not-travelling")
class EntitledNotTravellingController {

	private final EntitlementListing listing;

	EntitledNotTravellingController(EntitlementListing listing) {
		this.listing = listing;
	}

	record AttendanceView(@Schema(description = "false when attendance-service could not be asked") boolean known,
			@Schema(description = "present and educational activity, % of possible sessions, this academic year",
					minimum = "0", maximum = "100") double attendancePercent,
			@Schema(description = "10% or more of possible sessions missed") boolean persistentlyAbsent,
			String detail) {
	}

	record PupilView(String upn, String schoolUrn,
			@Schema(description = "the eligibility decision in force") String decisionId,
			@Schema(description = "the rule that made the pupil eligible") String rule,
			@Schema(format = "date") LocalDate validUntil,
			@Schema(description = "the route of the travel arranged, or null") String routeId,
			@Schema(description = "NO_TRAVEL_ARRANGED, NO_ROUTE_ALLOCATED, LOW_ATTENDANCE") List<String> reasons,
			@Schema(description = "this year's attendance, where travel is arranged") AttendanceView attendance)
			implements
				ReleasedChild {

		@Override
		public String urn() {
			return this.schoolUrn;
		}

		static PupilView of(NotTravelling n) {
			return new PupilView(n.upn(), n.schoolUrn(), n.decisionId(), n.rule(), n.validUntil(), n.routeId(),
					n.reasons().stream().map(Enum::name).toList(),
					(n.attendance() == null) ? null
							: new AttendanceView(n.attendance().known(), n.attendance().attendancePercent(),
									n.attendance().persistentlyAbsent(), n.attendance().detail()));
		}

	}

	record NotTravellingView(@Schema(format = "date") LocalDate date,
			List<PupilView> pupils) implements ReleasedChild.Listing {

		@Override
		public Iterable<? extends ReleasedChild> releasedChildren() {
			return this.pupils;
		}

	}

	@Operation(summary = "Entitled pupils not travelling",
			description = "Scope transport:read; the local authority only. Every pupil with an eligible decision in force on the day: with no travel arranged to the school, with travel arranged but no route allocated, or with travel arranged while persistently absent this academic year (attendance-service over gRPC; a reading it could not give is marked known=false and never guessed). By school, then pupil.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping
	NotTravellingView list(Caller caller,
			@Parameter(description = "the day; today when absent",
					schema = @Schema(type = "string", format = "date", example = "2026-12-07")) @RequestParam(
							required = false) String date) {
		EntitlementListing.Listed listed = this.listing.on(caller, date);
		return new NotTravellingView(listed.day(), listed.pupils().stream().map(PupilView::of).toList());
	}

}
