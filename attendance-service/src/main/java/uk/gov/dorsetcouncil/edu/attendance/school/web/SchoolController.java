package uk.gov.dorsetcouncil.edu.attendance.school.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolRegistration;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** Schools and their closures. */
@RestController
@Tag(name = "Schools", description = "Schools and the days they are closed")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/schools")
class SchoolController {

	private final SchoolRegistration registration;

	SchoolController(SchoolRegistration registration) {
		this.registration = registration;
	}

	record SchoolBody(String laestab, String name, String phase, String locality) {
	}

	record ClosureBody(String reason) {
	}

	record ClosureView(@Schema(format = "date", example = "2026-12-07") String date, String reason) {
	}

	record SchoolView(String urn, String laestab, String name, String phase, String locality,
			List<ClosureView> closures) {

		static SchoolView of(School school) {
			return new SchoolView(school.urn(), school.laestab(), school.name(), school.phase().name(),
					school.locality().name(),
					school.closures()
						.entrySet()
						.stream()
						.sorted(Map.Entry.comparingByKey())
						.map((closure) -> new ClosureView(closure.getKey().toString(), closure.getValue()))
						.toList());
		}

	}

	record SchoolList(List<SchoolView> schools) {
	}

	@Operation(summary = "Register or update a school",
			description = "Idempotent upsert; scope schools:write, the local authority or a platform service. "
					+ "Phases FIRST, PRIMARY, MIDDLE, SECONDARY, UPPER, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION; "
					+ "localities NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@PutMapping("/{urn}")
	SchoolView put(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@RequestBody SchoolBody body) {
		return SchoolView
			.of(this.registration.put(caller, urn, body.laestab(), body.name(), body.phase(), body.locality()));
	}

	@Operation(summary = "List schools",
			description = "Scope attendance:read; a school sees only itself, a locality officer the locality's schools, the local authority the county.")
	@GetMapping
	SchoolList list(Caller caller) {
		return new SchoolList(this.registration.list(caller).stream().map(SchoolView::of).toList());
	}

	@Operation(summary = "Read a school",
			description = "Scope attendance:read; a school sees only itself, a locality officer only the locality's schools.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{urn}")
	SchoolView get(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn) {
		return SchoolView.of(this.registration.get(caller, urn));
	}

	@Operation(summary = "Close a school for a day",
			description = "Scope schools:write, the local authority or the school. "
					+ "A term-time weekday; refused once registers were taken that day. Optional body {\"reason\":\"INSET\"}.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/{urn}/closures/{date}")
	SchoolView putClosure(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "a date, yyyy-MM-dd") @PathVariable String date,
			@RequestBody(required = false) ClosureBody body) {
		return SchoolView.of(this.registration.putClosure(caller, urn, date, (body != null) ? body.reason() : null));
	}

	@Operation(summary = "Reopen a school on a closed day",
			description = "Scope schools:write, the local authority or the school; "
					+ "refused once registers were taken that day.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@DeleteMapping("/{urn}/closures/{date}")
	SchoolView removeClosure(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "a date, yyyy-MM-dd") @PathVariable String date) {
		return SchoolView.of(this.registration.removeClosure(caller, urn, date));
	}

}
