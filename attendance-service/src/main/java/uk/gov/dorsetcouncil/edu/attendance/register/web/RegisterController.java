package uk.gov.dorsetcouncil.edu.attendance.register.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterRecord;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.Outcome;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.Register;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/** Session registers and the amendment history of marks. */
@RestController
@Tag(name = "Registers", description = "Session registers and the amendment history of marks")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/schools/{urn}")
class RegisterController {

	private final RegisterTaking registers;

	RegisterController(RegisterTaking registers) {
		this.registers = registers;
	}

	record MarkBody(String upn, String code) implements ReleasedChild {
	}

	record RegisterBody(List<MarkBody> marks) {
	}

	record OutcomeView(String urn, @Schema(format = "date", example = "2026-12-07") String date, String session,
			int marks, int changed) {
	}

	record RegisterView(String urn, @Schema(format = "date", example = "2026-12-07") String date, String session,
			String takenBy, String takenAt, String lastChangedBy, String lastChangedAt,
			List<MarkBody> marks) implements ReleasedChild.Listing {

		@Override
		public Iterable<? extends ReleasedChild> releasedChildren() {
			return this.marks;
		}

	}

	record AmendmentView(@Schema(format = "date", example = "2026-12-07") String date, String session, String from,
			String to, String by, String client, String organisation, String at) {
	}

	record AmendmentsView(String urn, String upn, List<AmendmentView> amendments) {
	}

	@Operation(summary = "Take or amend a session register",
			description = "Scope registers:write, the local authority or the school. 400 for an unknown or withdrawn code, a bad UPN, a pupil twice or no marks; 422 for a future date, a day that is not a school day or a pupil not on roll that day. Nothing is stored when refused; unlisted pupils keep their marks; changed marks are amendments with history.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/registers/{date}/{session}")
	OutcomeView take(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the school day, yyyy-MM-dd") @PathVariable String date,
			@Parameter(description = "the session, AM or PM",
					schema = @Schema(allowableValues = { "AM", "PM" })) @PathVariable String session,
			@RequestBody RegisterBody body) {
		List<MarkLine> lines = (body.marks() == null) ? null
				: body.marks()
					.stream()
					.map((mark) -> (mark != null) ? new MarkLine(mark.upn(), mark.code()) : null)
					.toList();
		Outcome outcome = this.registers.take(caller, urn, date, session, lines);
		return new OutcomeView(outcome.urn(), outcome.date().toString(), outcome.session().name(), outcome.marks(),
				outcome.changed());
	}

	@Operation(summary = "Read a session register",
			description = "Scope attendance:read; the LA, the school, or its locality's officer. Who took it, when, and each pupil's current mark.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/registers/{date}/{session}")
	RegisterView read(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the school day, yyyy-MM-dd") @PathVariable String date,
			@Parameter(description = "the session, AM or PM",
					schema = @Schema(allowableValues = { "AM", "PM" })) @PathVariable String session) {
		Register register = this.registers.read(caller, urn, date, session);
		RegisterRecord record = register.record();
		return new RegisterView(record.urn(), record.date().toString(), record.session().name(), record.takenBy(),
				record.takenAt().toString(), record.lastChangedBy(),
				(record.lastChangedAt() != null) ? record.lastChangedAt().toString() : null,
				register.marks()
					.entrySet()
					.stream()
					.map((mark) -> new MarkBody(mark.getKey().value(), mark.getValue().symbol()))
					.toList());
	}

	@Operation(summary = "A pupil's mark amendments at the school",
			description = "Scope attendance:read; the LA, the school, or its locality's officer. Who changed which mark, when, from and to.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/pupils/{upn}/amendments")
	AmendmentsView amendments(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn) {
		return new AmendmentsView(urn, upn,
				this.registers.amendments(caller, urn, upn)
					.stream()
					.map((change) -> new AmendmentView(change.date().toString(), change.session().name(),
							change.from().symbol(), change.to().symbol(), change.by(), change.client(),
							change.organisation(), change.at().toString()))
					.toList());
	}

}
