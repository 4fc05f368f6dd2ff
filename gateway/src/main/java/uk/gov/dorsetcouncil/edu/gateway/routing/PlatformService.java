package uk.gov.dorsetcouncil.edu.gateway.routing;

/**
 * The services behind the gateway, each with the path prefix it owns. The gateway passes
 * paths through unchanged, so each service serves exactly these paths.
 */
public enum PlatformService {

	ATTENDANCE("attendance", "/api/v1/attendance"), BELONGING("belonging", "/api/v1/belonging"),
	SEND("send", "/api/v1/send"), TRANSPORT("transport", "/api/v1/transport"), PLEDGE("pledge", "/api/v1/pledges");

	private final String configName;

	private final String pathPrefix;

	PlatformService(String configName, String pathPrefix) {
		this.configName = configName;
		this.pathPrefix = pathPrefix;
	}

	/** The name under {@code dorset.services.<name>} and in the aggregated health. */
	public String configName() {
		return this.configName;
	}

	public String pathPrefix() {
		return this.pathPrefix;
	}

	/** The path pattern of the route, the prefix itself and everything below it. */
	public String pathPattern() {
		return this.pathPrefix + "/**";
	}

}
