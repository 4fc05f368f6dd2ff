package uk.gov.dorsetcouncil.edu.attendance.register.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.register.RegisterRecord;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.MarkLine;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.Outcome;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking.Register;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** Session registers and the amendment history of marks. */
@RestController
@RequestMapping("/api/v1/attendance/schools/{urn}")
class RegisterController {

	private final RegisterTaking registers;

	RegisterController(RegisterTaking registers) {
		this.registers = registers;
	}

	record MarkBody(String upn, String code) {
	}

	record RegisterBody(List<MarkBody> marks) {
	}

	record OutcomeView(String urn, String date, String session, int marks, int changed) {
	}

	record RegisterView(String urn, String date, String session, String takenBy, String takenAt, String lastChangedBy,
			String lastChangedAt, List<MarkBody> marks) {
	}

	record AmendmentView(String date, String session, String from, String to, String by, String client,
			String organisation, String at) {
	}

	record AmendmentsView(String urn, String upn, List<AmendmentView> amendments) {
	}

	@PutMapping("/registers/{date}/{session}")
	OutcomeView take(Caller caller, @PathVariable String urn, @PathVariable String date, @PathVariable String session,
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

	@GetMapping("/registers/{date}/{session}")
	RegisterView read(Caller caller, @PathVariable String urn, @PathVariable String date,
			@PathVariable String session) {
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

	@GetMapping("/pupils/{upn}/amendments")
	AmendmentsView amendments(Caller caller, @PathVariable String urn, @PathVariable String upn) {
		return new AmendmentsView(urn, upn,
				this.registers.amendments(caller, urn, upn)
					.stream()
					.map((change) -> new AmendmentView(change.date().toString(), change.session().name(),
							change.from().symbol(), change.to().symbol(), change.by(), change.client(),
							change.organisation(), change.at().toString()))
					.toList());
	}

}
