package uk.gov.dorsetcouncil.edu.belonging;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.testing.DomainArchitecture;

/**
 * The floor plan every service shares: domain rules in plain Java at the root of each
 * feature package ({@code pupil}), adapters in their web, store, grpc and client
 * sub-packages, and the domain never reaching into them.
 */
class ArchitectureTest {

	static final DomainArchitecture BELONGING = DomainArchitecture.of("uk.gov.dorsetcouncil.edu.belonging", "pupil",
			"exclusion");

	@Test
	void domainRulesArePlainJava() {
		BELONGING.domainIsPlainJava().check(BELONGING.classes());
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		BELONGING.domainStaysOutOfAdapters().check(BELONGING.classes());
	}

}
