package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.function.Function;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule of the floor plan passes a module laid out as the plan asks and fails, naming
 * the class at fault, on one that breaks it (fixtures in {@code testing.floorplan}).
 */
class FloorPlanTest {

	static final String FLOORPLAN = "uk.gov.dorsetcouncil.edu.platform.testing.floorplan";

	static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FLOORPLAN);

	static final FloorPlan TIDY = FloorPlan.of(FLOORPLAN + ".tidy").sharing(FLOORPLAN + ".shared");

	static final FloorPlan LEAKY = FloorPlan.of(FLOORPLAN + ".leaky").sharing(FLOORPLAN + ".shared");

	@Test
	void aModuleLaidOutAsThePlanAsksPassesEveryRule() {
		assertThat(TIDY.rules()).hasSize(4);
		assertThatNoException().isThrownBy(() -> TIDY.rules().forEach((rule) -> rule.check(FIXTURES)));
	}

	static Stream<Arguments> breaches() {
		return Stream.of(
				arguments("a domain class using a store library", rule(FloorPlan::domainIsPlainJava), "leaky.rule.Rule",
						"org.bson.Document"),
				arguments("a domain class throwing a shared type that carries a gRPC status",
						rule(FloorPlan::domainIsPlainJava), "leaky.rule.Ruling", "io.grpc.Status"),
				arguments("a domain class reaching into its store", rule(FloorPlan::domainStaysOutOfAdapters),
						"leaky.rule.Rules", "leaky.rule.store.RuleStore"),
				arguments("two features that depend on each other", rule(FloorPlan::featuresHaveNoCycles),
						"leaky.rule.Rules", "leaky.term.Term"),
				arguments("generated protobuf in a web adapter", rule(FloorPlan::protobufOnlyInGrpcAdapters),
						"leaky.rule.web.RuleView", "proto.changes.v1.ChangeEntry"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("breaches")
	void aBreachIsReportedWithTheClassesAtFault(String breach, Function<FloorPlan, ArchRule> rule, String atFault,
			String reached) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> rule.apply(LEAKY).check(FIXTURES))
			.withMessageContaining(atFault)
			.withMessageContaining(reached)
			.withMessageNotContaining("tidy");
	}

	@Test
	void onlyTheThrowingClassIsBlamedForWhatItsSharedTypeReaches() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> LEAKY.domainIsPlainJava().check(FIXTURES))
			.withMessageNotContaining("leaky.term.Term")
			.withMessageNotContaining("leaky.rule.web");
	}

	@Test
	void aMisnamedModuleFailsInsteadOfPassingOnNothing() {
		FloorPlan misnamed = FloorPlan.of(FLOORPLAN + ".tidier").sharing(FLOORPLAN + ".shared");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> misnamed.domainIsPlainJava().check(FIXTURES));
	}

	@Test
	void edgeOnlyPackagesHoldNoDomain() {
		FloorPlan leakyTermAsEdge = FloorPlan.of(FLOORPLAN + ".leaky").edgeOnly("rule").sharing(FLOORPLAN + ".shared");

		assertThatNoException().isThrownBy(() -> leakyTermAsEdge.domainIsPlainJava().check(FIXTURES));
	}

	@Test
	void edgeOnlyPackagesAreLeftOutOfTheCycleCheck() {
		FloorPlan termAsEdge = FloorPlan.of(FLOORPLAN + ".leaky").edgeOnly("term").sharing(FLOORPLAN + ".shared");

		assertThatNoException().isThrownBy(() -> termAsEdge.featuresHaveNoCycles().check(FIXTURES));
	}

	@Test
	void edgeOnlyPackagesJoinTheCycleCheckWhenAsked() {
		FloorPlan termAsEdge = FloorPlan.of(FLOORPLAN + ".leaky")
			.edgeOnly("term")
			.edgeInCycleCheck()
			.sharing(FLOORPLAN + ".shared");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> termAsEdge.featuresHaveNoCycles().check(FIXTURES))
			.withMessageContaining("leaky.rule.Rules")
			.withMessageContaining("leaky.term.Term");
	}

	private static Function<FloorPlan, ArchRule> rule(Function<FloorPlan, ArchRule> rule) {
		return rule;
	}

}
