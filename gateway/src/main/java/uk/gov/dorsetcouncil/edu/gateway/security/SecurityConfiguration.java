package uk.gov.dorsetcouncil.edu.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.netty.channel.ChannelOption;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

import uk.gov.dorsetcouncil.edu.gateway.limits.ClientBuckets;
import uk.gov.dorsetcouncil.edu.gateway.limits.RateLimitSettings;
import uk.gov.dorsetcouncil.edu.gateway.limits.RateLimits;
import uk.gov.dorsetcouncil.edu.gateway.routing.EdgeSettings;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

/**
 * The edge's security: every API call needs a valid bearer JWT (OAuth 2.0 resource
 * server) whose scopes allow the call ({@link RouteScopes} for the services' routes,
 * {@link HandlerScopes} for the gateway's own handlers), within its client's rate limit;
 * unknown API paths answer 404 to an authenticated caller; everything else is denied.
 * Stateless: no session, no cookies, so no CSRF to defend against.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ TokenSettings.class, RateLimitSettings.class })
class SecurityConfiguration {

	private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(5);

	/** Tokens remembered as verified: about a kilobyte each. */
	private static final long VERIFIED_TOKENS = 20_000;

	/** A verified token is checked again against the key set at least this often. */
	private static final Duration VERIFIED_TOKEN_MAX_AGE = Duration.ofMinutes(5);

	@Bean
	ReactiveJwtDecoder jwtDecoder(TokenSettings settings, Environment environment) {
		if (settings.allowPlainHttpJwks() && environment.matchesProfiles("prod")) {
			throw new IllegalStateException(
					"dorset.security.allow-plain-http-jwks=true is refused with the prod profile: production keys must come over https");
		}
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) JWKS_TIMEOUT.toMillis())
			.responseTimeout(JWKS_TIMEOUT);
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwksUri())
			.webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build())
			.build();
		OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
				new JwtTimestampValidator(settings.clockSkew()),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtIssuerValidator(settings.issuer()), new JwtAudienceValidator(settings.audience()),
				new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
		decoder.setJwtValidator(claims);
		return new VerifiedTokens(decoder, claims, VERIFIED_TOKENS, VERIFIED_TOKEN_MAX_AGE, Clock.systemUTC());
	}

	/**
	 * No observation of Spring Security's filters, authentications or authorizations:
	 * with an observation registry present Spring Security wraps every filter of the
	 * chain in an observing decorator on every request, even with its observations
	 * switched off by name (application.yml), which cost 7% of the gateway's samples on
	 * the routed read together with the routing's own observed header filters
	 * (docs/benchmarks.md, "The gateway's hot path"). The request's own metrics
	 * ({@code http.server.requests}) still cover the whole exchange.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Refusals as problem answers; also the firewall's, which Spring Security takes from
	 * this bean.
	 */
	@Bean
	ProblemRefusals problemRefusals() {
		return new ProblemRefusals();
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, TokenSettings tokens, EdgeSettings edge,
			RateLimitSettings rateLimits, ClientBuckets buckets, ProblemRefusals refusals) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.cors(cors -> cors.configurationSource(corsSource(edge.allowedOrigins())))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(refusals)
				.accessDeniedHandler(refusals)
				.jwt(Customizer.withDefaults()))
			.addFilterBefore(new CallerCheck(tokens.localAuthorityCode()), SecurityWebFiltersOrder.AUTHORIZATION)
			// After the caller is known, before anything else is done for it.
			.addFilterBefore(new RateLimits(rateLimits, buckets), SecurityWebFiltersOrder.AUTHORIZATION)
			.authorizeExchange(exchanges -> {
				exchanges.pathMatchers("/health", "/actuator/health", "/actuator/health/**").permitAll();
				exchanges.pathMatchers("/actuator/prometheus").hasAuthority("SCOPE_metrics:read");
				// The API's descriptions (the gateway's and the services') are public:
				// partners build against them.
				exchanges
					.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/services/*/openapi.json",
							"/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**")
					.permitAll();
				// What each problem type means: the pages the problem answers' types
				// name.
				exchanges.pathMatchers(HttpMethod.GET, "/problems", "/problems/*").permitAll();
				for (HandlerScopes rule : HandlerScopes.ALL) {
					exchanges.pathMatchers(rule.method(), rule.pattern()).hasAnyAuthority(rule.authorities());
				}
				exchanges.pathMatchers(HandlerScopes.PATHS.toArray(String[]::new)).denyAll();
				for (RouteScopes rule : RouteScopes.ALL) {
					exchanges.pathMatchers(rule.method(), rule.pathPattern()).hasAnyAuthority(rule.authorities());
				}
				for (PlatformService service : PlatformService.values()) {
					exchanges.pathMatchers(service.pathPattern()).denyAll();
				}
				// An authenticated caller learns that an unknown API path does not exist
				// (404);
				// nothing else is served.
				exchanges.pathMatchers("/api/**").authenticated();
				exchanges.anyExchange().denyAll();
			})
			.build();
	}

	/**
	 * Closed unless origins are configured: a browser on another site gets no CORS
	 * permission (and a preflight is refused).
	 */
	private static UrlBasedCorsConfigurationSource corsSource(List<String> allowedOrigins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(allowedOrigins);
		cors.setAllowedMethods(List.of("GET", "PUT", "POST", "DELETE"));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key"));
		cors.setAllowCredentials(false);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
