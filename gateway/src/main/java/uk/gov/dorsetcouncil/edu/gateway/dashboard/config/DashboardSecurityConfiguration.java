package uk.gov.dorsetcouncil.edu.gateway.dashboard.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.client.PlatformApi;

/**
 * The dashboard's sign-in, with Spring Security's OAuth 2.0 client (ADR 0033): the
 * authorization code grant with PKCE against the configured identity provider, the
 * gateway keeping the tokens in the server-side session (the browser holds only an
 * HTTP-only, Secure, SameSite session cookie), CSRF tokens on every form that changes
 * state, and sign-out that ends the session. Its own filter chain, before the API's and
 * only for the dashboard's paths: the API stays stateless, bearer tokens only, unchanged
 * for partners.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardSettings.class)
class DashboardSecurityConfiguration {

	/**
	 * The paths this chain serves; everything else is the API chain's. /assets holds
	 * govuk-frontend's fonts and images, where its compiled styles look for them (ADR
	 * 0044).
	 */
	static final String[] PATHS = { "/dashboard", "/dashboard/**", "/oauth2/authorization/**", "/login/oauth2/code/**",
			"/assets/**" };

	/**
	 * Pages, styles and scripts (govuk-frontend, ECharts, the dashboard's own) served
	 * from this gateway only: no inline script or style, nothing from elsewhere, no
	 * framing, forms posting only here. ECharts draws on a canvas and sets sizes through
	 * the DOM, which style-src does not govern (ADR 0044).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain dashboardSecurityWebFilterChain(ServerHttpSecurity http, DashboardSettings settings,
			ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository clients) {
		String signIn = "/oauth2/authorization/" + settings.registrationId();
		DefaultServerOAuth2AuthorizationRequestResolver requests = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations);
		// RFC 7636 and RFC 9700 section 2.1.1: PKCE for every client, confidential ones
		// too, so that a code taken on the way back is useless without the verifier
		// held in this session.
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
			.authorizeExchange(
					exchanges -> exchanges.pathMatchers("/dashboard/assets/**", "/assets/**", "/dashboard/signed-out")
						.permitAll()
						.anyExchange()
						.authenticated())
			.oauth2Login(login -> login.authorizationRequestResolver(requests)
				.authorizedClientRepository(clients)
				.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/dashboard"))
				.authenticationFailureHandler(
						new RedirectServerAuthenticationFailureHandler("/dashboard/signed-out?failed")))
			.exceptionHandling(
					handling -> handling.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(signIn)))
			.logout(logout -> logout.logoutUrl("/dashboard/sign-out")
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(signedOut()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.build();
	}

	private static RedirectServerLogoutSuccessHandler signedOut() {
		RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
		handler.setLogoutSuccessUrl(java.net.URI.create("/dashboard/signed-out"));
		return handler;
	}

	/**
	 * The tokens are kept in the viewer's own server-side session, not by the principal's
	 * name: two people signed in as the same subject (a persona acting for two schools)
	 * never share one.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository dashboardAuthorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	/**
	 * Who signed in is who the access token names: the token is verified as the API
	 * verifies it (signature, issuer, audience, times), and its claims (sub, org, roles,
	 * scope) become the session's principal. No user-info endpoint is needed, and the
	 * dashboard shows nobody as anyone the API would not take them to be.
	 */
	@Bean
	ReactiveOAuth2UserService<OAuth2UserRequest, OAuth2User> dashboardUsers(ReactiveJwtDecoder tokens) {
		return request -> tokens.decode(request.getAccessToken().getTokenValue()).map(jwt -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("sub", jwt.getSubject());
			Stream.of("client_id", "org", "roles", "scope")
				.filter(jwt::hasClaim)
				.forEach(claim -> attributes.put(claim, jwt.getClaim(claim)));
			String scope = jwt.hasClaim("scope") ? jwt.getClaimAsString("scope") : "";
			List<SimpleGrantedAuthority> authorities = Stream.of(scope.trim().split("\\s+"))
				.filter(s -> !s.isBlank())
				.map(s -> new SimpleGrantedAuthority("SCOPE_" + s))
				.toList();
			return (OAuth2User) new DefaultOAuth2User(authorities, attributes, "sub");
		})
			.onErrorMap(JwtException.class, ex -> new OAuth2AuthenticationException(
					new OAuth2Error("invalid_token", "the identity provider's token is not one the API accepts", null),
					ex));
	}

	@Bean
	PlatformApi dashboardPlatformApi(Environment environment, DashboardSettings settings) {
		return new PlatformApi(environment, settings.apiUrl());
	}

}
