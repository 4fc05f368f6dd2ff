package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * The scope a token needs for the gateway's own handlers (deny by default: any other
 * method on these paths is refused). The handlers check the scope again, and the
 * organisation, field-level policy and agreements in detail.
 */
public record HandlerScopes(HttpMethod method, String pattern, Set<String> anyOf) {

	/** Every path the gateway's own handlers serve under. */
	public static final List<String> PATHS = List.of("/api/v1/children/**", "/api/v1/deadlines/**",
			"/api/v1/dashboards/**", "/api/v1/agreements", "/api/v1/agreements/**", "/api/v1/audit/**",
			"/api/v1/changes", "/api/v1/encompass/**");

	public static final List<HandlerScopes> ALL = List.of(
			new HandlerScopes(HttpMethod.GET, "/api/v1/children/*/profile", Set.of("profile:read")),
			// Who may search, for what purpose and under which agreement: ChildSearchers.
			new HandlerScopes(HttpMethod.POST, "/api/v1/children/search", Set.of("profile:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/deadlines/this-week", Set.of("deadlines:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/dashboards/ehc-plans", Set.of("dashboards:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/dashboards/schools/*", Set.of("dashboards:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/dashboards/localities/*", Set.of("dashboards:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/dashboards/local-authority", Set.of("dashboards:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/agreements", Set.of("agreements:read", "agreements:write")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/agreements/*", Set.of("agreements:read", "agreements:write")),
			new HandlerScopes(HttpMethod.PUT, "/api/v1/agreements/*", Set.of("agreements:write")),
			new HandlerScopes(HttpMethod.PUT, "/api/v1/agreements/*/status", Set.of("agreements:write")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/audit/records", Set.of("audit:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/audit/verify", Set.of("audit:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/audit/pupil-access", Set.of("access-log:read")),
			// Which entities and organisations: ChangeReaders and the producing service.
			new HandlerScopes(HttpMethod.GET, "/api/v1/changes", Set.of("attendance:read")),
			// Who sends, reads and manages notifications: EncompassParties (ADR 0041).
			new HandlerScopes(HttpMethod.POST, "/api/v1/encompass/notifications", Set.of("encompass:notify")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/encompass/inbox", Set.of("encompass:read")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/encompass/notifications/*",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.PUT, "/api/v1/encompass/notifications/*/acknowledgement",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.PUT, "/api/v1/encompass/notifications/*/assignment",
					Set.of("encompass:manage")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/encompass/queue", Set.of("encompass:manage")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/encompass/escalations", Set.of("encompass:manage")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/encompass/measures", Set.of("encompass:manage")),
			// Who keeps schools' webhooks and their dead letters: EncompassParties (ADR
			// 0045).
			new HandlerScopes(HttpMethod.POST, "/api/v1/encompass/webhooks",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.GET, "/api/v1/encompass/webhooks/*",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.POST, "/api/v1/encompass/webhooks/*/secret",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.PUT, "/api/v1/encompass/webhooks/*/status",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.DELETE, "/api/v1/encompass/webhooks/*",
					Set.of("encompass:read", "encompass:manage")),
			new HandlerScopes(HttpMethod.POST, "/api/v1/encompass/webhooks/dead-letters/*/replay",
					Set.of("encompass:read", "encompass:manage")));

	public String[] authorities() {
		return this.anyOf.stream().sorted().map(scope -> "SCOPE_" + scope).toArray(String[]::new);
	}

}
