package uk.gov.dorsetcouncil.edu.pledge.commitment.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.MongoCommitmentHistory;

/** The commitments' versions and the rules for changing them. */
@Configuration(proxyBeanMethods = false)
class CommitmentConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	CommitmentEditing commitmentEditing(MongoCommitmentHistory history, Clock clock) {
		return new CommitmentEditing(history, clock);
	}

}
