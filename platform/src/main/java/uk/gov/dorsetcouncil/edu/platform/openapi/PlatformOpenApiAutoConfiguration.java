package uk.gov.dorsetcouncil.edu.platform.openapi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What every OpenAPI document of the platform derives alike from the code, switched on
 * wherever springdoc is: record schemas with their required fields
 * ({@link RecordSchemas}; springdoc registers every {@code ModelConverter} bean).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.configuration.SpringDocConfiguration")
public class PlatformOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RecordSchemas recordSchemas() {
		return new RecordSchemas();
	}

}
