package uk.gov.dorsetcouncil.edu.belonging.pupil.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.belonging.pupil.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.belonging.pupil.BelongingAccess;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.belonging.pupil.store.PupilBelongingStore;
import uk.gov.dorsetcouncil.edu.belonging.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** A pupil's belonging record, for LA inclusion officers. */
@RestController
@Tag(name = "Belonging", description = "Suspensions, exclusions, part-time timetables and alternative provision")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging/pupils")
class PupilBelongingController {

	private final PupilBelongingStore store;

	PupilBelongingController(PupilBelongingStore store) {
		this.store = store;
	}

	@Operation(summary = "Read a pupil's belonging record",
			description = "Scope belonging:read; the local authority and platform services only (exclusion counts and "
					+ "part-time status span schools, so schools are refused). A pupil with nothing held answers an empty record.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@GetMapping("/{upn}")
	PupilBelongingView get(@Parameter(
			description = "the pupil's unique pupil number (UPN), 13 characters with its check letter") @PathVariable String upn,
			Caller caller) {
		BelongingAccess.checkMayRead(caller);
		return PupilBelongingView.of(this.store.find(Upn.parse("upn", upn)));
	}

	record PupilBelongingView(String upn, List<SuspensionView> suspensions, int permanentExclusions,
			boolean onPartTimeTimetable, List<PlacementView> alternativeProvision) {

		static PupilBelongingView of(PupilBelonging belonging) {
			return new PupilBelongingView(belonging.upn().value(),
					belonging.suspensions()
						.stream()
						.map(s -> new SuspensionView(s.schoolUrn(), s.startDate(), s.sessions(), s.reason()))
						.toList(),
					belonging.permanentExclusions(), belonging.onPartTimeTimetable(),
					belonging.alternativeProvision().stream().map(PlacementView::of).toList());
		}

	}

	record SuspensionView(String schoolUrn, LocalDate startDate, int sessions, String reason) {

	}

	/**
	 * One AP placement; absent values are null, "not recorded" is {@code NOT_RECORDED}.
	 */
	record PlacementView(String providerName, String providerUrn, String providerUkprn, ProvisionSetting setting,
			Commissioner commissionedBy, String commissionerCode, PlacementReason reason, LocalDate startDate,
			LocalDate endDate, int sessionsPerWeek, boolean dualRegistered) {

		static PlacementView of(AlternativeProvisionPlacement p) {
			return new PlacementView(p.providerName(), p.providerUrn(), p.providerUkprn(), p.setting(),
					p.commissionedBy(), p.commissionerCode(), p.reason(), p.startDate(), p.endDate(),
					p.sessionsPerWeek(), p.dualRegistered());
		}

	}

}
