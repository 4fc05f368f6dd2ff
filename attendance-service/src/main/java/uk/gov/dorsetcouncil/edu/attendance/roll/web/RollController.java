package uk.gov.dorsetcouncil.edu.attendance.roll.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.LaReturn;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.RollChange;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/**
 * A school's roll. A pupil is shown with this school's enrolment only; other schools'
 * enrolments are theirs to show.
 */
@RestController
@Tag(name = "Pupil roll", description = "Pupils on a school's roll and the returns made to the local authority")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/schools/{urn}/pupils")
class RollController {

	private final RollKeeping roll;

	RollController(RollKeeping roll) {
		this.roll = roll;
	}

	record PupilBody(String familyName, String givenName,
			@Schema(format = "date", example = "2015-04-17") String dateOfBirth, Integer yearGroup, String sex,
			@Schema(format = "date", example = "2022-09-05") String admissionDate,
			@Schema(format = "date", example = "2027-07-21") String leavingDate, String registration,
			Boolean freeSchoolMeals, String senProvision, Boolean lookedAfter, Boolean childInNeed,
			Boolean childProtectionPlan, Boolean everSocialWorker, String ethnicity, Boolean youngCarer,
			String deletionGround, String destination,
			@Schema(description = "the postcode of the pupil's home, e.g. DT1 1XJ; kept in one written form",
					example = "DT1 1XJ", maxLength = 10) String postcode,
			@Schema(description = "the pupil's NHS number where the school holds it: 10 digits, Modulus 11 checked",
					example = "9434765919", maxLength = 12) String nhsNumber) {
	}

	record ReturnView(String kind, @Schema(format = "date", example = "2026-12-07") String date, String dueBy,
			String receivedAt, boolean onTime, String ground, String destination, String by) {

		static ReturnView of(LaReturn laReturn) {
			return new ReturnView(laReturn.kind().name(), laReturn.date().toString(), laReturn.dueBy().toString(),
					laReturn.receivedAt().toString(), laReturn.onTime(),
					(laReturn.ground() != null) ? laReturn.ground().name() : null, laReturn.destination(),
					laReturn.by());
		}

	}

	record RollEntry(String upn, String familyName, String givenName,
			@Schema(format = "date", example = "2015-04-17") String dateOfBirth, int yearGroup, String sex,
			@Schema(format = "date", example = "2022-09-05") String admissionDate,
			@Schema(format = "date", example = "2027-07-21") String leavingDate, String registration,
			boolean freeSchoolMeals, String senProvision, boolean lookedAfter, boolean childInNeed,
			boolean childProtectionPlan, boolean everSocialWorker, String ethnicity, boolean youngCarer,
			String postcode, String nhsNumber, List<ReturnView> returnsRecorded) implements ReleasedChild {

		static RollEntry of(Pupil pupil, String urn, List<LaReturn> returns) {
			Enrolment enrolment = pupil.enrolmentAt(urn).orElseThrow();
			Characteristics held = pupil.characteristics();
			return new RollEntry(pupil.upn().value(), pupil.familyName(), pupil.givenName(),
					pupil.dateOfBirth().toString(), pupil.yearGroup(), pupil.sex().name(),
					enrolment.admissionDate().toString(),
					(enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : null,
					enrolment.registration().name(), held.freeSchoolMeals(), held.senProvision().name(),
					held.lookedAfter(), held.childInNeed(), held.childProtectionPlan(), held.everSocialWorker(),
					held.ethnicity().name(), held.youngCarer(),
					(pupil.postcode() != null) ? pupil.postcode().value() : null,
					(pupil.nhsNumber() != null) ? pupil.nhsNumber().value() : null,
					returns.stream().map(ReturnView::of).toList());
		}

	}

	record ReturnsView(String urn, String upn, List<ReturnView> returns) {
	}

	/**
	 * Puts a pupil on the roll. {@code returnsRecorded} lists the returns to the LA this
	 * change made (none when nothing new was reported).
	 */
	@Operation(summary = "Put a pupil on the roll or change their details",
			description = "Idempotent; scope schools:write, the local authority or the school. Optional fields absent keep what is held. The answer lists in returnsRecorded the returns to the LA this change made (SI 2024/208 reg 13).")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/{upn}")
	RollEntry put(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn,
			@RequestBody PupilBody body) {
		RollChange change = this.roll.change(caller, urn, upn,
				new PupilDetails(body.familyName(), body.givenName(), body.dateOfBirth(), body.yearGroup(), body.sex(),
						body.admissionDate(), body.leavingDate(), body.registration(), body.freeSchoolMeals(),
						body.senProvision(), body.lookedAfter(), body.childInNeed(), body.childProtectionPlan(),
						body.everSocialWorker(), body.ethnicity(), body.youngCarer(), body.deletionGround(),
						body.destination(), body.postcode(), body.nhsNumber()));
		return RollEntry.of(change.pupil(), urn, change.returns());
	}

	@Operation(summary = "The returns recorded for a pupil",
			description = "Scope attendance:read; the LA, the school, or its locality's officer. New-pupil and deletion returns to the LA, each with its due date and whether it was on time.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{upn}/returns")
	ReturnsView returns(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn) {
		return new ReturnsView(urn, upn, this.roll.returns(caller, urn, upn).stream().map(ReturnView::of).toList());
	}

	@Operation(summary = "The school's roll, a page at a time",
			description = "Scope attendance:read; the LA, the school, or its locality's officer. Pupils ever on the roll, by UPN. "
					+ "A caller acting county-wide (the LA) names the purpose of listing a whole roll (X-Dorset-Purpose "
					+ "header or purpose parameter), or the answer is 400 naming purpose; the school itself and its "
					+ "locality's officer need none. Every child on the page is recorded in the audit log with the purpose.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping
	Page<RollEntry> roll(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(
					description = "why a county-wide caller lists the roll, a code such as CHILDREN_MISSING_EDUCATION; "
							+ "the gateway checks and records it") @RequestParam(required = false) String purpose,
			PageRequest page) {
		// The purpose is the gateway's to check and record (it reads the header form
		// too);
		// it is declared here so that the contract names it.
		return this.roll.roll(caller, urn, page).map((pupil) -> RollEntry.of(pupil, urn, List.of()));
	}

}
