package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.util.Set;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ClientInterceptor;
import io.grpc.ServerInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.grpc.server.autoconfigure.exception.GrpcExceptionHandlerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerPropagatingClientInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;

/**
 * gRPC plumbing for every service: the catch-all error mapping, the caller-context check
 * on incoming calls, caller propagation on outgoing calls, and configured downstream
 * calls.
 */
// Before Spring gRPC's exception-handling configuration, which installs its interceptor
// only
// when a handler bean already exists: otherwise errors would leave as UNKNOWN.
@AutoConfiguration(before = GrpcExceptionHandlerAutoConfiguration.class)
@EnableConfigurationProperties(DownstreamSettings.class)
public class PlatformGrpcAutoConfiguration {

	@Bean
	GrpcProblemMapping grpcProblemMapping() {
		return new GrpcProblemMapping();
	}

	/**
	 * Outermost, so that every log line of a call, its errors' too, has the request id.
	 */
	@Bean
	@GlobalServerInterceptor
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ServerInterceptor requestIdServerInterceptor() {
		return RequestIdInterceptors.server();
	}

	@Bean
	@GlobalClientInterceptor
	ClientInterceptor requestIdClientInterceptor() {
		return RequestIdInterceptors.client();
	}

	@Bean
	@GlobalServerInterceptor
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	CallerServerInterceptor callerServerInterceptor() {
		return new CallerServerInterceptor();
	}

	@Bean
	@GlobalClientInterceptor
	CallerPropagatingClientInterceptor callerPropagatingClientInterceptor(
			@Value("${spring.application.name}") String applicationName) {
		return new CallerPropagatingClientInterceptor(() -> Caller.service(applicationName, Set.of()));
	}

	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerRegistry circuitBreakerRegistry() {
		return CircuitBreakerRegistry.ofDefaults();
	}

	@Bean
	DownstreamCalls downstreamCalls(DownstreamSettings settings, CircuitBreakerRegistry registry) {
		return new DownstreamCalls(settings, registry);
	}

}
