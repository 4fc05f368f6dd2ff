package uk.gov.dorsetcouncil.edu.attendance.alerts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The alert rules, plans, connector and calendar arithmetic stay plain Java; Spring,
 * MongoDB, HTTP resilience, JSON and protobuf sit in their adapter sub-packages.
 */
class AlertsConnectorArchitectureTest {

	private static final String[] DOMAIN = { "..attendance.alerts", "..attendance.connector", "..attendance.calendar" };

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("uk.gov.dorsetcouncil.edu.attendance");

	@Test
	void domainIsFreeOfFrameworksStoresAndWireFormats() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "io.grpc..",
					"com.google.protobuf..", "uk.gov.dorsetcouncil.edu.proto..", "tools.jackson..",
					"com.fasterxml.jackson..", "jakarta..", "io.github.resilience4j..", "java.net.http..")
			.check(CLASSES);
	}

	@Test
	void domainDoesNotReachIntoAdapters() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..attendance..web..", "..attendance..store..", "..attendance..grpc..",
					"..attendance..http..")
			.check(CLASSES);
	}

}
