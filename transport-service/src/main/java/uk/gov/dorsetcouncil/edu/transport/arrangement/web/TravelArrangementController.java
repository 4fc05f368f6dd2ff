package uk.gov.dorsetcouncil.edu.transport.arrangement.web;

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

import uk.gov.dorsetcouncil.edu.transport.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TransportAccess;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;

/** A pupil's home-to-school travel arrangements. */
@RestController
@Tag(name = "Travel arrangements", description = "Pupils' home-to-school travel arrangements")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/transport/pupils")
class TravelArrangementController {

	private final TravelArrangementStore store;

	TravelArrangementController(TravelArrangementStore store) {
		this.store = store;
	}

	@Operation(summary = "Read a pupil's travel arrangements",
			description = "Scope transport:read; the local authority and platform services see every arrangement, "
					+ "a school only those that bring the pupil to it. A pupil with none held answers an empty list.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@GetMapping("/{upn}/arrangements")
	TravelArrangementsView get(@Parameter(
			description = "the pupil's unique pupil number (UPN), 13 characters with its check letter") @PathVariable String upn,
			Caller caller) {
		TransportAccess.checkMayRead(caller);
		return TravelArrangementsView.of(TransportAccess.visibleTo(caller, this.store.find(Upn.parse("upn", upn))));
	}

	record TravelArrangementsView(String upn, List<ArrangementView> arrangements) {

		static TravelArrangementsView of(TravelArrangements held) {
			return new TravelArrangementsView(held.upn().value(), held.arrangements()
				.stream()
				.map(a -> new ArrangementView(a.schoolUrn(), a.basis().name(), a.routeId(), a.validFrom(), a.validTo()))
				.toList());
		}

	}

	record ArrangementView(String schoolUrn, String eligibilityBasis, String routeId, LocalDate validFrom,
			LocalDate validTo) {

	}

}
