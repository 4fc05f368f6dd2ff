package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

/**
 * The scope a token needs for a method on a service's paths: a coarse first check at the
 * edge, deny by default (a method not listed for a service is refused). Each service
 * checks again in detail, with organisation scoping.
 */
public record RouteScopes(HttpMethod method, PlatformService service, String below, Set<String> anyOf) {

	/** A rule for everything the service owns. */
	public RouteScopes(HttpMethod method, PlatformService service, Set<String> anyOf) {
		this(method, service, "", anyOf);
	}

	private static final Set<String> ATTENDANCE_WRITE = Set.of("registers:write", "schools:write", "casework:write");

	public static final List<RouteScopes> ALL = List.of(
			// Area and cohort figures: also for aggregates-only callers (an Education
			// Board
			// analyst), who never reach a pupil's record. Listed first: the first match
			// decides.
			new RouteScopes(HttpMethod.GET, PlatformService.ATTENDANCE, "/measures",
					Set.of("attendance:read", "measures:read")),
			new RouteScopes(HttpMethod.GET, PlatformService.ATTENDANCE, Set.of("attendance:read")),
			new RouteScopes(HttpMethod.PUT, PlatformService.ATTENDANCE, ATTENDANCE_WRITE),
			new RouteScopes(HttpMethod.POST, PlatformService.ATTENDANCE, ATTENDANCE_WRITE),
			new RouteScopes(HttpMethod.DELETE, PlatformService.ATTENDANCE, ATTENDANCE_WRITE),
			// EHC needs assessment figures: small numbers hidden by the SEND service for
			// callers without ehcp:read (the Education Board analyst)
			new RouteScopes(HttpMethod.GET, PlatformService.SEND, "/assessment-measures",
					Set.of("ehcp:read", "measures:read")),
			// and the share of annual reviews on time, likewise
			new RouteScopes(HttpMethod.GET, PlatformService.SEND, "/review-measures",
					Set.of("ehcp:read", "measures:read")),
			// and the SEN2 measures and their export, likewise (ADR 0037)
			new RouteScopes(HttpMethod.GET, PlatformService.SEND, "/sen2-measures",
					Set.of("ehcp:read", "measures:read")),
			new RouteScopes(HttpMethod.GET, PlatformService.SEND, "/sen2-export", Set.of("ehcp:read", "measures:read")),
			new RouteScopes(HttpMethod.GET, PlatformService.SEND, Set.of("ehcp:read")),
			new RouteScopes(HttpMethod.PUT, PlatformService.SEND, Set.of("ehcp:write")),
			new RouteScopes(HttpMethod.POST, PlatformService.SEND, Set.of("ehcp:write")),
			new RouteScopes(HttpMethod.DELETE, PlatformService.SEND, Set.of("ehcp:write")),
			// Suspension and exclusion rates: also for the Education Board analyst, who
			// sees them suppressed (the belonging service decides, ADR 0029).
			new RouteScopes(HttpMethod.GET, PlatformService.BELONGING, "/rates",
					Set.of("belonging:read", "measures:read")),
			// The Belonging Plan's measures: the analyst too, suppressed (belonging ADR
			// 0036).
			new RouteScopes(HttpMethod.GET, PlatformService.BELONGING, "/measures",
					Set.of("belonging:read", "measures:read")),
			// The registers the LA's EHE and CME officers keep (ADR 0030): their counts
			// also for aggregates-only callers (suppressed by the service), their writes
			// only with belonging:registers. Listed before the service's own rules.
			new RouteScopes(HttpMethod.GET, PlatformService.BELONGING, "/registers/counts",
					Set.of("belonging:read", "belonging:registers", "measures:read")),
			new RouteScopes(HttpMethod.GET, PlatformService.BELONGING, "/registers",
					Set.of("belonging:read", "belonging:registers")),
			new RouteScopes(HttpMethod.POST, PlatformService.BELONGING, "/registers", Set.of("belonging:registers")),
			new RouteScopes(HttpMethod.PUT, PlatformService.BELONGING, "/registers", Set.of("belonging:registers")),
			new RouteScopes(HttpMethod.GET, PlatformService.BELONGING, Set.of("belonging:read")),
			// Suspensions and exclusions recorded by schools, their steps by schools and
			// the LA; the belonging service decides which organisation may write which.
			new RouteScopes(HttpMethod.POST, PlatformService.BELONGING, Set.of("belonging:write")),
			new RouteScopes(HttpMethod.PUT, PlatformService.BELONGING, Set.of("belonging:write")),
			new RouteScopes(HttpMethod.GET, PlatformService.TRANSPORT, Set.of("transport:read")),
			// Eligibility assessed by the LA's transport officers; the transport service
			// refuses any other organisation.
			new RouteScopes(HttpMethod.POST, PlatformService.TRANSPORT, Set.of("transport:write")),
			new RouteScopes(HttpMethod.GET, PlatformService.PLEDGE, Set.of("pledges:read")),
			// The Education Board's reports, made and overridden with pledges:report (the
			// Board analyst); listed before the commitments' writes.
			new RouteScopes(HttpMethod.POST, PlatformService.PLEDGE, "/reports", Set.of("pledges:report")),
			new RouteScopes(HttpMethod.PUT, PlatformService.PLEDGE, "/reports", Set.of("pledges:report")),
			// Commitments changed and values recorded by those who keep them (ADR 0039):
			// the pledge service lets only a commitment's owner or working group write
			// it.
			new RouteScopes(HttpMethod.PUT, PlatformService.PLEDGE, Set.of("pledges:write")),
			new RouteScopes(HttpMethod.POST, PlatformService.PLEDGE, Set.of("pledges:write")));

	/** The paths the rule covers. */
	public String pathPattern() {
		return this.below.isEmpty() ? this.service.pathPattern() : this.service.pathPrefix() + this.below + "/**";
	}

	/** The authorities Spring Security derives from the token's {@code scope} claim. */
	public String[] authorities() {
		return this.anyOf.stream().sorted().map(scope -> "SCOPE_" + scope).toArray(String[]::new);
	}

}
