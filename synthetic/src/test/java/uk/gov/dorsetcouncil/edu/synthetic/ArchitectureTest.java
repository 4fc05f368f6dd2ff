package uk.gov.dorsetcouncil.edu.synthetic;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The generator is plain Java: loaders put adapters around it, never inside it. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.dorsetcouncil.edu.synthetic");

	@Test
	void generatorIsFreeOfFrameworksAndStores() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "io.grpc..",
					"com.google.protobuf..", "uk.gov.dorsetcouncil.edu.proto..", "tools.jackson..",
					"com.fasterxml.jackson..", "jakarta..")
			.check(CLASSES);
	}

}
