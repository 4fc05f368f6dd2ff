package uk.gov.dorsetcouncil.edu.gateway.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per service: its path prefix to its REST base URL, the path passed through
 * unchanged. Timeouts are set for every route at once
 * ({@code spring.cloud.gateway.server.webflux.httpclient.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ServiceEndpoints.class, EdgeSettings.class })
class ServiceRoutes {

	@Bean
	RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, ServiceEndpoints endpoints) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		endpoints.all()
			.forEach((service, url) -> routes.route(service.configName(),
					route -> route.path(service.pathPattern()).uri(url)));
		return routes.build();
	}

	@Bean
	RequestSizeLimit requestSizeLimit(EdgeSettings settings) {
		return new RequestSizeLimit(settings.maxRequestSize());
	}

	@Bean
	CallerContextRelay callerContextRelay() {
		return new CallerContextRelay();
	}

}
