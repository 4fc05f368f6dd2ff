package uk.gov.dorsetcouncil.edu.pledge.commitment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.pledge.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Commitment;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ProgressStatus;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.CommitmentStore;

/** The pledges' commitments and their latest progress. */
@RestController
@Tag(name = "Commitments", description = "The pledges' commitments and their progress")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/pledges")
class CommitmentController {

	private final CommitmentStore store;

	CommitmentController(CommitmentStore store) {
		this.store = store;
	}

	@Operation(summary = "List the pledges' commitments",
			description = "Scope pledges:read, any organisation: the pledges hold no personal data and their progress "
					+ "is published. Each commitment with its latest reported status, or null before the first report.")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@GetMapping("/commitments")
	CommitmentsView commitments(
			@Parameter(description = "STUDENT or WORKFORCE; both pledges when absent") @RequestParam(
					required = false) String pledge,
			Caller caller) {
		PledgeAccess.checkMayRead(caller);
		return new CommitmentsView(
				this.store.find(PledgeAccess.pledge(pledge)).stream().map(CommitmentView::of).toList());
	}

	record CommitmentsView(List<CommitmentView> commitments) {

	}

	record CommitmentView(String pledge, int number, String title, String wording, String latestStatus) {

		static CommitmentView of(Commitment commitment) {
			return new CommitmentView(commitment.pledge().name(), commitment.number(), commitment.title(),
					commitment.wording(), commitment.latest().map(ProgressStatus::name).orElse(null));
		}

	}

}
