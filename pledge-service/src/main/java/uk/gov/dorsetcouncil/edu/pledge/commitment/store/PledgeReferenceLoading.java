package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeReference;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ReferenceLoading;

/**
 * Loads the pledges' commitments at start-up, before the REST and gRPC servers start, so
 * that the service never answers with a partial pledge. Loading is idempotent.
 */
@Component
public class PledgeReferenceLoading implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PledgeReferenceLoading.class);

	private final MongoCommitmentHistory history;

	private final Clock clock;

	PledgeReferenceLoading(MongoCommitmentHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		PledgeReference reference = PledgeReferenceFile.read();
		int written = ReferenceLoading.load(reference, this.history, this.clock.instant());
		log.info("Pledge reference data: {} commitments, {} versions written", reference.commitments().size(), written);
	}

}
