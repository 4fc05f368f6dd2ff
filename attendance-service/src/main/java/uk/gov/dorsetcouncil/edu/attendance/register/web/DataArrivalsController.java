package uk.gov.dorsetcouncil.edu.attendance.register.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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

	record ArrivalView(String urn, String name, String locality, String lastArrivedAt, boolean stale) {
	}

	record ArrivalsView(String asOf, String staleAfter, long staleSchools, List<ArrivalView> schools) {
	}

	@Operation(summary = "When each school's marks last arrived",
			description = "Scope attendance:read, the local authority only. Every school, stalest first: when its marks last arrived by any path (register, import, gRPC stream, connector) and whether that is longer ago than dorset.attendance.stale-after.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
	@GetMapping("/api/v1/attendance/data-arrivals")
	ArrivalsView arrivals(Caller caller) {
		DataArrivals.Report report = this.arrivals.report(caller);
		return new ArrivalsView(report.asOf().toString(), report.staleAfter().toString(), report.staleSchools(), report
			.schools()
			.stream()
			.map((school) -> new ArrivalView(school.urn(), school.name(), school.locality(),
					(school.lastArrivedAt() != null) ? school.lastArrivedAt().toString() : null, school.stale()))
			.toList());
	}

}
