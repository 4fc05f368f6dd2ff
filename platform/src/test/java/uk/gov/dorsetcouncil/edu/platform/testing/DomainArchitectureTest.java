package uk.gov.dorsetcouncil.edu.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DomainArchitectureTest {

	static final String FLOORPLAN = "uk.gov.dorsetcouncil.edu.platform.testing.floorplan";

	static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FLOORPLAN);

	static final DomainArchitecture TIDY = DomainArchitecture.of(FLOORPLAN + ".tidy", "rule");

	static final DomainArchitecture LEAKY = DomainArchitecture.of(FLOORPLAN + ".leaky", "rule");

	@Test
	void aFeatureLaidOutAsThePlanAsksPassesBothRules() {
		assertThatNoException().isThrownBy(() -> {
			TIDY.domainIsPlainJava().check(FIXTURES);
			TIDY.domainStaysOutOfAdapters().check(FIXTURES);
		});
	}

	@Test
	void aDomainClassUsingAStoreLibraryIsCaught() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> LEAKY.domainIsPlainJava().check(FIXTURES))
			.withMessageContaining("leaky.rule.Rule.toDocument()")
			.withMessageContaining("org.bson.Document")
			.withMessageNotContaining("tidy");
	}

	@Test
	void aDomainClassReachingIntoItsStoreIsCaught() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> LEAKY.domainStaysOutOfAdapters().check(FIXTURES))
			.withMessageContaining("leaky.rule.Rules")
			.withMessageContaining("leaky.rule.store.RuleStore");
	}

	@Test
	void aMisnamedFeatureFailsInsteadOfPassingOnNothing() {
		DomainArchitecture misnamed = DomainArchitecture.of(FLOORPLAN + ".tidy", "rules");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> misnamed.domainIsPlainJava().check(FIXTURES));
		assertThatIllegalArgumentException().isThrownBy(() -> DomainArchitecture.of(FLOORPLAN + ".tidy"));
	}

}
