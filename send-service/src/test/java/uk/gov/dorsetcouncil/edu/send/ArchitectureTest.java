package uk.gov.dorsetcouncil.edu.send;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.testing.DomainArchitecture;

/**
 * The floor plan every service shares: domain rules in plain Java at the root of each
 * feature package ({@code plan} and {@code attendance}), adapters in their web, store,
 * grpc and client sub-packages, and the domain never reaching into them.
 */
class ArchitectureTest {

	static final DomainArchitecture SEND = DomainArchitecture.of("uk.gov.dorsetcouncil.edu.send", "plan", "attendance");

	@Test
	void domainRulesArePlainJava() {
		SEND.domainIsPlainJava().check(SEND.classes());
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		SEND.domainStaysOutOfAdapters().check(SEND.classes());
	}

}
