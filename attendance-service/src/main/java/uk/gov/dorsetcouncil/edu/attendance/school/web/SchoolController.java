package uk.gov.dorsetcouncil.edu.attendance.school.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolRegistration;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** Schools and their closures. */
@RestController
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

	record ClosureView(String date, String reason) {
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

	@PutMapping("/{urn}")
	SchoolView put(Caller caller, @PathVariable String urn, @RequestBody SchoolBody body) {
		return SchoolView
			.of(this.registration.put(caller, urn, body.laestab(), body.name(), body.phase(), body.locality()));
	}

	@GetMapping
	SchoolList list(Caller caller) {
		return new SchoolList(this.registration.list(caller).stream().map(SchoolView::of).toList());
	}

	@GetMapping("/{urn}")
	SchoolView get(Caller caller, @PathVariable String urn) {
		return SchoolView.of(this.registration.get(caller, urn));
	}

	@PutMapping("/{urn}/closures/{date}")
	SchoolView putClosure(Caller caller, @PathVariable String urn, @PathVariable String date,
			@RequestBody(required = false) ClosureBody body) {
		return SchoolView.of(this.registration.putClosure(caller, urn, date, (body != null) ? body.reason() : null));
	}

	@DeleteMapping("/{urn}/closures/{date}")
	SchoolView removeClosure(Caller caller, @PathVariable String urn, @PathVariable String date) {
		return SchoolView.of(this.registration.removeClosure(caller, urn, date));
	}

}
