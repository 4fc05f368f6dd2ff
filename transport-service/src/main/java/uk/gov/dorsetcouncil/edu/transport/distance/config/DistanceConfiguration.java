package uk.gov.dorsetcouncil.edu.transport.distance.config;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.NetworkRouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.http.OsrmRouteDistances;

/**
 * The route-distance provider the settings choose, and the fictional network (generated
 * once from the seed) that the embedded router routes over and the school sites stand on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingSettings.class)
class DistanceConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TravelNetwork travelNetwork(RoutingSettings settings) {
		return TravelNetwork.generate(settings.seed());
	}

	@Bean
	RouteDistances routeDistances(RoutingSettings settings, TravelNetwork network, Clock clock) {
		if (settings.provider().equals("routing-engine")) {
			RoutingSettings.Engine engine = settings.engine();
			CircuitBreaker breaker = CircuitBreaker.of("routing-engine",
					CircuitBreakerConfig.custom()
						.slidingWindowSize(engine.slidingWindowSize())
						.minimumNumberOfCalls(engine.minimumCalls())
						.failureRateThreshold(engine.failureRateThreshold())
						.waitDurationInOpenState(engine.waitInOpenState())
						.build());
			return new OsrmRouteDistances(new OsrmRouteDistances.RoutingEngineSettings(engine.baseUrl(),
					engine.walkingProfile(), engine.roadProfile(), engine.timeout()), breaker, clock);
		}
		return new NetworkRouteDistances(SyntheticRoadNetwork.of(network), clock);
	}

}
