package uk.gov.dorsetcouncil.edu.transport;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.testing.DomainArchitecture;

/**
 * The floor plan every service shares: domain rules in plain Java at the root of each
 * feature package ({@code arrangement}), adapters in their web, store, grpc and client
 * sub-packages, and the domain never reaching into them.
 */
class ArchitectureTest {

	static final DomainArchitecture TRANSPORT = DomainArchitecture.of("uk.gov.dorsetcouncil.edu.transport",
			"arrangement");

	@Test
	void domainRulesArePlainJava() {
		TRANSPORT.domainIsPlainJava().check(TRANSPORT.classes());
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		TRANSPORT.domainStaysOutOfAdapters().check(TRANSPORT.classes());
	}

}
