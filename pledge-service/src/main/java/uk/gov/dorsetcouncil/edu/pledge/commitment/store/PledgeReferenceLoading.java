package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeReference;

/**
 * Loads the pledges' commitments at start-up, before the REST and gRPC servers start, so
 * that the service never answers with a partial pledge. Loading is idempotent.
 */
@Component
public class PledgeReferenceLoading implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PledgeReferenceLoading.class);

	private final CommitmentStore store;

	PledgeReferenceLoading(CommitmentStore store) {
		this.store = store;
	}

	@Override
	public void afterSingletonsInstantiated() {
		PledgeReference reference = PledgeReferenceFile.read();
		this.store.loadReference(reference);
		log.info("Pledge reference data loaded: {} commitments", reference.commitments().size());
	}

}
