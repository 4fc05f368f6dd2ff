package uk.gov.dorsetcouncil.edu.transport.arrangement.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TransportAccess;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangements;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;

/** A pupil's home-to-school travel arrangements. */
@RestController
@RequestMapping("/api/v1/transport/pupils")
class TravelArrangementController {

	private final TravelArrangementStore store;

	TravelArrangementController(TravelArrangementStore store) {
		this.store = store;
	}

	@GetMapping("/{upn}/arrangements")
	TravelArrangementsView get(@PathVariable String upn, Caller caller) {
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
