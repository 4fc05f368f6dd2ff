package uk.gov.dorsetcouncil.edu.platform.problem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Domain classes throw {@link ProblemException}s: if the problem package reached gRPC or
 * HTTP, every domain class would too, without importing either.
 */
class ProblemIsPlainJavaTest {

	@Test
	void problemsDependOnNothingButJava() {
		JavaClasses problems = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(Problem.class.getPackageName());
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", Problem.class.getPackageName())
			.because("problems are plain domain values; the edges map them to HTTP and gRPC")
			.check(problems);
	}

}
