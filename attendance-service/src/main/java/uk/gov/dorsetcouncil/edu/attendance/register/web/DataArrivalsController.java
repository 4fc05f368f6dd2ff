package uk.gov.dorsetcouncil.edu.attendance.register.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.register.DataArrivals;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

@RestController
@Tag(name = "Registers", description = "Session registers and the amendment history of marks")
class DataArrivalsController {

	private final DataArrivals arrivals;

	DataArrivalsController(DataArrivals arrivals) {
		this.arrivals = arrivals;
	}

	record ArrivalView(String urn, String name, String locality,
			@Schema(description = "when its marks last arrived, by any path; null when none ever did",
					format = "date-time") String lastArrivedAt,
			@Schema(description = "the latest register date it sent; null when none is known",
					format = "date") String lastRegisterDate,
			@Schema(description = "school days it was open after its last register, up to yesterday, on its own "
					+ "calendar; null without a register") Integer missedSchoolDays,
			boolean stale) {
	}

	record ArrivalsView(@Schema(format = "date-time") String asOf,
			@Schema(description = "school days a school may miss before it is stale") int allowedMissedSchoolDays,
			long staleSchools, List<ArrivalView> schools) {
	}

	@Operation(summary = "Whether each school's registers are up to date",
			description = "Scope attendance:read, the local authority only. Every school, stalest first: its latest register date, "
					+ "the school days it was open since (on its own calendar: term dates less its INSET days and closures, up to "
					+ "yesterday), and whether that is more than allowedMissedSchoolDays (stale; also when it never sent a register). "
					+ "A weekend or a half term is not missing data; marks imported today for last month are.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
	@GetMapping("/api/v1/attendance/data-arrivals")
	ArrivalsView arrivals(Caller caller) {
		DataArrivals.Report report = this.arrivals.report(caller);
		return new ArrivalsView(report.asOf().toString(), report.allowedMissedSchoolDays(), report.staleSchools(),
				report.schools()
					.stream()
					.map((school) -> new ArrivalView(school.urn(), school.name(), school.locality(),
							(school.lastArrivedAt() != null) ? school.lastArrivedAt().toString() : null,
							(school.lastRegisterDate() != null) ? school.lastRegisterDate().toString() : null,
							school.missedSchoolDays(), school.stale()))
					.toList());
	}

}
