package uk.gov.dorsetcouncil.edu.attendance.roll.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.RollPage;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * A school's roll. A pupil is shown with this school's enrolment only; other schools'
 * enrolments are theirs to show.
 */
@RestController
@RequestMapping("/api/v1/attendance/schools/{urn}/pupils")
class RollController {

	private final RollKeeping roll;

	RollController(RollKeeping roll) {
		this.roll = roll;
	}

	record PupilBody(String familyName, String givenName, String dateOfBirth, Integer yearGroup, String sex,
			String admissionDate, String leavingDate) {
	}

	record RollEntry(String upn, String familyName, String givenName, String dateOfBirth, int yearGroup, String sex,
			String admissionDate, String leavingDate) {

		static RollEntry of(Pupil pupil, String urn) {
			Enrolment enrolment = pupil.enrolmentAt(urn).orElseThrow();
			return new RollEntry(pupil.upn().value(), pupil.familyName(), pupil.givenName(),
					pupil.dateOfBirth().toString(), pupil.yearGroup(), pupil.sex().name(),
					enrolment.admissionDate().toString(),
					(enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : null);
		}

	}

	record RollView(String urn, int page, int size, long total, List<RollEntry> pupils) {
	}

	@PutMapping("/{upn}")
	RollEntry put(Caller caller, @PathVariable String urn, @PathVariable String upn, @RequestBody PupilBody body) {
		Pupil pupil = this.roll.putOnRoll(caller, urn, upn, new PupilDetails(body.familyName(), body.givenName(),
				body.dateOfBirth(), body.yearGroup(), body.sex(), body.admissionDate(), body.leavingDate()));
		return RollEntry.of(pupil, urn);
	}

	@GetMapping
	RollView roll(Caller caller, @PathVariable String urn, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		RollPage found = this.roll.roll(caller, urn, page, size);
		return new RollView(found.urn(), found.page(), found.size(), found.total(),
				found.pupils().stream().map((pupil) -> RollEntry.of(pupil, urn)).toList());
	}

}
