package uk.gov.dorsetcouncil.edu.attendance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Domain rules stay plain Java: no Spring, no MongoDB, no gRPC or generated protobuf
 * classes in the feature packages themselves; adapters live in their sub-packages (web,
 * store, grpc) and the domain never reaches into them.
 */
class ArchitectureTest {

	private static final String[] DOMAIN = { "..attendance.access", "..attendance.calendar", "..attendance.school",
			"..attendance.roll", "..attendance.register", "..attendance.measures", "..attendance.ingest",
			"..attendance.search" };

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.dorsetcouncil.edu.attendance");

	@Test
	void domainIsFreeOfFrameworksAndStores() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "io.grpc..",
					"com.google.protobuf..", "uk.gov.dorsetcouncil.edu.proto..", "tools.jackson..",
					"com.fasterxml.jackson..", "jakarta..")
			.check(CLASSES);
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..attendance..web..", "..attendance..store..", "..attendance..grpc..")
			.check(CLASSES);
	}

}
