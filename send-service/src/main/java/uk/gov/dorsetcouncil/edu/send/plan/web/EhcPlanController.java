package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.send.attendance.client.AttendanceClient;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlanAccess;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;

/** EHC plans, for SEND caseworkers and the schools plans name. */
@RestController
@RequestMapping("/api/v1/send/ehc-plans")
class EhcPlanController {

	private final EhcPlanStore store;

	private final AttendanceClient attendance;

	private final Clock clock;

	EhcPlanController(EhcPlanStore store, AttendanceClient attendance, Clock clock) {
		this.store = store;
		this.attendance = attendance;
		this.clock = clock;
	}

	/**
	 * Records the plan the LA holds for a pupil; the same plan twice gives the same
	 * state.
	 */
	@PutMapping("/{upn}")
	ResponseEntity<EhcPlanView> put(@PathVariable String upn, @RequestBody EhcPlanSubmission body, Caller caller) {
		EhcPlanAccess.checkMayWrite(caller);
		LocalDate today = LocalDate.now(this.clock);
		EhcPlan plan = EhcPlan.fromSubmission(upn, body.status(), body.issuedDate(), body.namedSchoolUrn(),
				body.lastReviewDate(), today);
		boolean created = this.store.put(plan);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(EhcPlanView.of(plan, today, null));
	}

	/**
	 * The plan with its next annual review and the pupil's attendance. The attendance
	 * part may be unavailable on its own; the plan is answered regardless.
	 */
	@GetMapping("/{upn}")
	EhcPlanView get(@PathVariable String upn, Caller caller) {
		EhcPlanAccess.checkMayRead(caller);
		Upn pupil = Upn.parse("upn", upn);
		EhcPlan plan = EhcPlanAccess.checkMaySee(caller, this.store.find(pupil))
			.orElseThrow(() -> ProblemException.notFound("no EHC plan is held for " + pupil));
		return EhcPlanView.of(plan, LocalDate.now(this.clock),
				EhcPlanView.AttendancePart.of(this.attendance.attendanceOf(pupil)));
	}

}
