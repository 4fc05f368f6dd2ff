package uk.gov.dorsetcouncil.edu.platform.correlation;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every log line of the gateway and the services carries the request id
 * ({@link RequestIds#MDC_KEY}) in Spring Boot's correlation slot, unless an application
 * sets {@code logging.pattern.correlation} itself.
 */
public class RequestIdLogging implements EnvironmentPostProcessor {

	static final String PATTERN = "[%X{" + RequestIds.MDC_KEY + ":-}] ";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("platform-request-id-logging",
					Map.of("logging.pattern.correlation", PATTERN)));
	}

}
