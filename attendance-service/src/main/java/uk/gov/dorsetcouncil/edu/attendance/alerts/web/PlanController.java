package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlan;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning.ActionDetails;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning.PlanDetails;
import uk.gov.dorsetcouncil.edu.attendance.alerts.Page;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** Attendance plans for severely absent pupils, one per pupil per school. */
@RestController
@RequestMapping("/api/v1/attendance/plans")
class PlanController {

	private final AttendancePlanning planning;

	private final Clock clock;

	PlanController(AttendancePlanning planning, Clock clock) {
		this.planning = planning;
		this.clock = clock;
	}

	record ActionBody(String description, String owner, String dueDate, Boolean done) {
	}

	record PlanBody(String owner, List<ActionBody> actions, String reviewDate) {
	}

	record PlanView(String id, String urn, String upn, String owner, List<ActionBody> actions, String reviewDate,
			boolean reviewOverdue, String updatedBy, String updatedAt, long version) {

		static PlanView of(AttendancePlan plan, LocalDate today) {
			return new PlanView(plan.urn() + ":" + plan.upn().value(), plan.urn(), plan.upn().value(), plan.owner(),
					plan.actions()
						.stream()
						.map((action) -> new ActionBody(action.description(), action.owner(),
								(action.dueDate() != null) ? action.dueDate().toString() : null, action.done()))
						.toList(),
					plan.reviewDate().toString(), plan.reviewOverdue(today), plan.updatedBy(),
					plan.updatedAt().toString(), plan.version());
		}

	}

	record PlanPage(String school, int page, int size, long total, List<PlanView> plans) {
	}

	@PutMapping("/{urn}/{upn}")
	PlanView put(Caller caller, @PathVariable String urn, @PathVariable String upn, @RequestBody PlanBody body) {
		PlanDetails details = new PlanDetails(body.owner(), (body.actions() == null) ? null : body.actions()
			.stream()
			.map((action) -> (action != null)
					? new ActionDetails(action.description(), action.owner(), action.dueDate(), action.done()) : null)
			.toList(), body.reviewDate());
		return PlanView.of(this.planning.put(caller, urn, upn, details), LocalDate.now(this.clock));
	}

	@GetMapping("/{urn}/{upn}")
	PlanView get(Caller caller, @PathVariable String urn, @PathVariable String upn) {
		return PlanView.of(this.planning.get(caller, urn, upn), LocalDate.now(this.clock));
	}

	@DeleteMapping("/{urn}/{upn}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller caller, @PathVariable String urn, @PathVariable String upn) {
		this.planning.delete(caller, urn, upn);
	}

	@GetMapping
	PlanPage list(Caller caller, @RequestParam String school, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Page<AttendancePlan> found = this.planning.atSchool(caller, school, page, size);
		LocalDate today = LocalDate.now(this.clock);
		return new PlanPage(school, found.page(), found.size(), found.total(),
				found.items().stream().map((plan) -> PlanView.of(plan, today)).toList());
	}

}
