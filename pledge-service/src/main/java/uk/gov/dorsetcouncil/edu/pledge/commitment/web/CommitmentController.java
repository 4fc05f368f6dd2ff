package uk.gov.dorsetcouncil.edu.pledge.commitment.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Commitment;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ProgressStatus;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.CommitmentStore;

/** The pledges' commitments and their latest progress. */
@RestController
@RequestMapping("/api/v1/pledges")
class CommitmentController {

	private final CommitmentStore store;

	CommitmentController(CommitmentStore store) {
		this.store = store;
	}

	@GetMapping("/commitments")
	CommitmentsView commitments(@RequestParam(required = false) String pledge, Caller caller) {
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
