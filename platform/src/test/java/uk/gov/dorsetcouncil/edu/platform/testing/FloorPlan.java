package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The floor plan every module shares (ADR 0025), as ArchUnit rules that
 * {@link FloorPlanCheck} runs in each module:
 *
 * <pre>
 * &lt;module&gt;/
 *   &lt;feature&gt;/          domain rules in plain Java: records, sealed interfaces, enums
 *     web/ grpc/ store/ client/ config/ http/   adapters that translate at the edge
 *   grpc/ config/      adapters for the module as a whole (one gRPC service, wiring)
 * </pre>
 *
 * A class is domain when it sits in a feature package of the module and in none of the
 * {@link #ADAPTERS} below it. Packages with no domain of their own (the gateway's routing
 * and security) are named as {@linkplain #edgeOnly(String...) edge only}.
 */
public final class FloorPlan {

	/** The names of adapter packages, wherever they sit below a module's package. */
	public static final List<String> ADAPTERS = List.of("web", "grpc", "store", "client", "config", "http");

	/**
	 * The adapters that speak gRPC: serving ({@code grpc}) or calling ({@code client}).
	 */
	static final List<String> GRPC_ADAPTERS = List.of("grpc", "client");

	/** Generated protobuf messages and stubs (styles.md: never in domain code). */
	static final String GENERATED_PROTOBUF = "uk.gov.dorsetcouncil.edu.proto..";

	/** What domain rules must not reach: frameworks, stores, web and wire formats. */
	static final String[] FRAMEWORKS = { "org.springframework..", "io.grpc..", "com.google.protobuf..",
			GENERATED_PROTOBUF, "com.mongodb..", "org.bson..", "jakarta..", "reactor..", "tools.jackson..",
			"com.fasterxml.jackson.." };

	/**
	 * The platform library, imported with each module so that paths through it are seen.
	 */
	static final String PLATFORM = "uk.gov.dorsetcouncil.edu.platform";

	private static final Map<List<String>, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

	private final String basePackage;

	private final Set<String> edgeOnly;

	private final List<String> shared;

	private final boolean edgeInCycleCheck;

	private FloorPlan(String basePackage, Set<String> edgeOnly, List<String> shared, boolean edgeInCycleCheck) {
		this.basePackage = basePackage;
		this.edgeOnly = edgeOnly;
		this.shared = shared;
		this.edgeInCycleCheck = edgeInCycleCheck;
	}

	/**
	 * The floor plan of a module.
	 * @param basePackage the module's package, for example
	 * {@code uk.gov.dorsetcouncil.edu.send}
	 */
	public static FloorPlan of(String basePackage) {
		return new FloorPlan(basePackage, Set.of(), List.of(PLATFORM), false);
	}

	/**
	 * Packages of the module that are edge through and through and hold no domain rules
	 * (routing, security configuration).
	 */
	public FloorPlan edgeOnly(String... packages) {
		return new FloorPlan(this.basePackage, Set.of(packages), this.shared, this.edgeInCycleCheck);
	}

	/**
	 * The edge-only packages stay out of the domain rules but join the cycle check: edge
	 * packages that refer to each other both ways are as hard to change as features.
	 */
	public FloorPlan edgeInCycleCheck() {
		return new FloorPlan(this.basePackage, this.edgeOnly, this.shared, true);
	}

	/** Libraries a domain may use and whose own dependencies count as the domain's. */
	FloorPlan sharing(String... packages) {
		return new FloorPlan(this.basePackage, this.edgeOnly, List.of(packages), this.edgeInCycleCheck);
	}

	/**
	 * The module's production classes (not its tests) and the shared library's, imported
	 * once.
	 */
	public JavaClasses classes() {
		List<String> packages = Stream.concat(Stream.of(this.basePackage), this.shared.stream()).toList();
		return IMPORTED.computeIfAbsent(packages,
				(key) -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
					.importPackages(key));
	}

	/** Every rule of the plan, for a module that checks them together. */
	public List<ArchRule> rules() {
		return List.of(domainIsPlainJava(), domainStaysOutOfAdapters(), featuresHaveNoCycles(),
				protobufOnlyInGrpcAdapters());
	}

	/**
	 * Domain classes reach no framework, store, web or wire-format class, directly or
	 * through the classes they use: a domain class that throws a platform problem which
	 * itself held a gRPC status would depend on gRPC. Fails, too, when no domain class is
	 * found, so that a misnamed package cannot pass.
	 */
	public ArchRule domainIsPlainJava() {
		return noClasses().that(domain())
			.should()
			.transitivelyDependOnClassesThat(resideInAnyPackage(FRAMEWORKS))
			.because("domain rules are plain Java; adapters translate at the edge (ADR 0025)");
	}

	/** Domain classes do not reach into the adapters that translate for them. */
	public ArchRule domainStaysOutOfAdapters() {
		return noClasses().that(domain())
			.should()
			.dependOnClassesThat(inAnyOf(ADAPTERS))
			.because("adapters depend on the domain, never the other way round (ADR 0025)");
	}

	/**
	 * The module's feature packages (its top-level packages but the edge-only ones,
	 * unless {@linkplain #edgeInCycleCheck() asked to include them}) depend on each other
	 * in one direction only.
	 */
	public ArchRule featuresHaveNoCycles() {
		return slices().matching(this.basePackage + ".(*)..")
			.that(DescribedPredicate.describe("are features",
					(Slice slice) -> this.edgeInCycleCheck || !this.edgeOnly.contains(slice.getNamePart(1))))
			.should()
			.beFreeOfCycles()
			.because("a feature can be read, changed and moved without the ones that use it (ADR 0025)");
	}

	/** Generated protobuf classes are used by the gRPC adapters alone. */
	public ArchRule protobufOnlyInGrpcAdapters() {
		return noClasses().that(inModule().and(DescribedPredicate.not(inAnyOf(GRPC_ADAPTERS))))
			.should()
			.dependOnClassesThat()
			.resideInAPackage(GENERATED_PROTOBUF)
			.because("the wire format stays in the grpc and client adapters (style.md, ADR 0025)");
	}

	/** Classes of a feature package that are in none of its adapter packages. */
	DescribedPredicate<JavaClass> domain() {
		String prefix = this.basePackage + ".";
		return DescribedPredicate.describe("are domain classes of " + this.basePackage, (JavaClass type) -> {
			if (!type.getPackageName().startsWith(prefix)) {
				return false;
			}
			List<String> below = Arrays.asList(type.getPackageName().substring(prefix.length()).split("\\."));
			return !this.edgeOnly.contains(below.get(0)) && below.stream().noneMatch(ADAPTERS::contains);
		});
	}

	private DescribedPredicate<JavaClass> inModule() {
		return resideInAnyPackage(this.basePackage + "..");
	}

	private DescribedPredicate<JavaClass> inAnyOf(List<String> adapters) {
		return resideInAnyPackage(
				adapters.stream().map((adapter) -> this.basePackage + ".." + adapter + "..").toArray(String[]::new));
	}

}
