package uk.gov.dorsetcouncil.edu.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.webflux.autoconfigure.WebFluxRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * How the gateway reads requests and answers refusals: the request id first, the strict
 * reading of queries and Content-Types, the check of its handlers' query parameters, and
 * problem answers for what the HTTP server refuses before any of these run.
 */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

	@Bean
	RequestIdFilter requestIdFilter() {
		return new RequestIdFilter();
	}

	@Bean
	StrictRequests strictRequests() {
		return new StrictRequests();
	}

	@Bean
	WebFluxRegistrations queryParameterCheck() {
		return new WebFluxRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new QueryParameterCheck();
			}
		};
	}

	@Bean
	NettyServerCustomizer decodingFailuresAsProblems() {
		return (server) -> server.doOnChannelInit((observer, channel, address) -> DecodingFailures.install(channel));
	}

}
