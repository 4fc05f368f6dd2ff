package uk.gov.dorsetcouncil.edu.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The application's JSON mapper reads request bodies by the platform's rules
 * ({@link StrictJson}), in the services (Spring MVC) and the gateway (WebFlux) alike.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
public class StrictJsonAutoConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJson::configure;
	}

}
