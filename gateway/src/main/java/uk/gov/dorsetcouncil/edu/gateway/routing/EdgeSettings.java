package uk.gov.dorsetcouncil.edu.gateway.routing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits at the edge: the largest request body accepted, the browser origins allowed
 * (none by default: the API is for partner systems, not for pages on other sites), and
 * how long the aggregated health waits for each service.
 */
@ConfigurationProperties("dorset.gateway")
public record EdgeSettings(@DefaultValue("10MB") DataSize maxRequestSize, @DefaultValue List<String> allowedOrigins,
		@DefaultValue("2s") Duration healthTimeout) {

}
