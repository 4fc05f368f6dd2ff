package uk.gov.dorsetcouncil.edu.platform.testing;

import org.junit.jupiter.api.Test;

/**
 * The floor plan's rules as tests: a module's {@code ArchitectureTest} extends this and
 * names its plan, so that every module is held to the same rules (ADR 0025).
 */
public abstract class FloorPlanCheck {

	/**
	 * The module's floor plan, for example
	 * {@code FloorPlan.of("uk.gov.dorsetcouncil.edu.send")}.
	 */
	protected abstract FloorPlan floorPlan();

	@Test
	void domainIsPlainJavaThroughEveryClassItUses() {
		floorPlan().domainIsPlainJava().check(floorPlan().classes());
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		floorPlan().domainStaysOutOfAdapters().check(floorPlan().classes());
	}

	@Test
	void featurePackagesHaveNoCycles() {
		floorPlan().featuresHaveNoCycles().check(floorPlan().classes());
	}

	@Test
	void generatedProtobufStaysInTheGrpcAdapters() {
		floorPlan().protobufOnlyInGrpcAdapters().check(floorPlan().classes());
	}

}
