package uk.gov.dorsetcouncil.edu.gateway.routing;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service's REST API answers: {@code dorset.services.<name>.rest-url}. Used by
 * the routes and by the aggregated health, so both always agree.
 */
@ConfigurationProperties("dorset")
public record ServiceEndpoints(Map<String, Endpoint> services) {

	public ServiceEndpoints {
		services = (services != null) ? Map.copyOf(services) : Map.of();
		for (PlatformService service : PlatformService.values()) {
			Endpoint endpoint = services.get(service.configName());
			if (endpoint == null || endpoint.restUrl() == null) {
				throw new IllegalStateException("set dorset.services." + service.configName()
						+ ".rest-url to the base URL of the " + service.configName() + " service's REST API");
			}
			URI url = endpoint.restUrl();
			if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
				throw new IllegalStateException("dorset.services." + service.configName()
						+ ".rest-url must be an absolute http(s) URL, got '" + url + "'");
			}
		}
	}

	public URI restUrl(PlatformService service) {
		return this.services.get(service.configName()).restUrl();
	}

	/** Every service with its REST base URL, in a fixed order. */
	public Map<PlatformService, URI> all() {
		Map<PlatformService, URI> all = new EnumMap<>(PlatformService.class);
		for (PlatformService service : PlatformService.values()) {
			all.put(service, restUrl(service));
		}
		return all;
	}

	public record Endpoint(URI restUrl) {

	}

}
