package uk.gov.dorsetcouncil.edu.pledge;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.testing.DomainArchitecture;

/**
 * The floor plan every service shares: domain rules in plain Java at the root of each
 * feature package ({@code commitment}), adapters in their web, store, grpc and client
 * sub-packages, and the domain never reaching into them.
 */
class ArchitectureTest {

	static final DomainArchitecture PLEDGE = DomainArchitecture.of("uk.gov.dorsetcouncil.edu.pledge", "commitment");

	@Test
	void domainRulesArePlainJava() {
		PLEDGE.domainIsPlainJava().check(PLEDGE.classes());
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		PLEDGE.domainStaysOutOfAdapters().check(PLEDGE.classes());
	}

}
