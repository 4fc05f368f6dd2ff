package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The floor plan every service shares, as two ArchUnit rules for its
 * {@code ArchitectureTest}: each feature package holds its domain rules in plain Java at
 * its root, and its adapters sit in sub-packages named for what they are ({@code web},
 * {@code store}, {@code grpc}, {@code client}). The rules cover the feature packages
 * themselves, not their sub-packages.
 */
public final class DomainArchitecture {

	/** What domain rules must not depend on: frameworks, stores and wire formats. */
	static final String[] FRAMEWORKS = { "org.springframework..", "com.mongodb..", "org.bson..", "io.grpc..",
			"com.google.protobuf..", "uk.gov.dorsetcouncil.edu.proto..", "tools.jackson..", "com.fasterxml.jackson..",
			"jakarta.." };

	/** The sub-packages of a feature that hold its adapters. */
	static final String[] ADAPTERS = { "web", "store", "grpc", "client" };

	private final String basePackage;

	private final String[] domainPackages;

	private JavaClasses classes;

	private DomainArchitecture(String basePackage, String[] domainPackages) {
		this.basePackage = basePackage;
		this.domainPackages = domainPackages;
	}

	/**
	 * The floor plan of a service.
	 * @param basePackage the service's package, for example
	 * {@code uk.gov.dorsetcouncil.edu.send}
	 * @param features its feature packages, relative to the base, for example
	 * {@code "plan", "attendance"}
	 */
	public static DomainArchitecture of(String basePackage, String... features) {
		if (features.length == 0) {
			throw new IllegalArgumentException("name the feature packages of " + basePackage);
		}
		return new DomainArchitecture(basePackage,
				Arrays.stream(features).map(feature -> basePackage + "." + feature).toArray(String[]::new));
	}

	/** The service's production classes (not its tests), imported once. */
	public synchronized JavaClasses classes() {
		if (this.classes == null) {
			this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages(this.basePackage);
		}
		return this.classes;
	}

	/**
	 * Domain classes depend on no framework, store, gRPC, protobuf (generated or not),
	 * Jackson or Jakarta class. Fails, too, when no domain class is found, so that a
	 * misnamed package cannot pass.
	 */
	public ArchRule domainIsPlainJava() {
		return noClasses().that()
			.resideInAnyPackage(this.domainPackages)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.because("domain rules are plain Java; adapters translate at the edge");
	}

	/** Domain classes do not reach into the adapters that translate for them. */
	public ArchRule domainStaysOutOfAdapters() {
		return noClasses().that()
			.resideInAnyPackage(this.domainPackages)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(Arrays.stream(ADAPTERS)
				.map(adapter -> this.basePackage + ".." + adapter + "..")
				.toArray(String[]::new))
			.because("adapters depend on the domain, never the other way round");
	}

}
