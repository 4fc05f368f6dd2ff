package uk.gov.dorsetcouncil.edu.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

	static final JavaClasses GATEWAY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.dorsetcouncil.edu.gateway");

	@Test
	void domainRulesArePlainJava() {
		noClasses().that()
			.resideInAnyPackage("..gateway..domain..", "..gateway.children.search")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "reactor..",
					"uk.gov.dorsetcouncil.edu.proto..", "io.grpc..", "tools.jackson..", "com.fasterxml.jackson..")
			.check(GATEWAY);
	}

}
