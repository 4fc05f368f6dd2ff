package uk.gov.dorsetcouncil.edu.pledge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

	static final JavaClasses SERVICE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.dorsetcouncil.edu.pledge");

	@Test
	void domainRulesArePlainJava() {
		noClasses().that()
			.resideInAPackage("..pledge..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
					"uk.gov.dorsetcouncil.edu.proto..", "io.grpc..", "tools.jackson..", "com.fasterxml.jackson..")
			.check(SERVICE);
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		noClasses().that()
			.resideInAPackage("..pledge..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("uk.gov.dorsetcouncil.edu.pledge.commitment")
			.check(SERVICE);
	}

}
