package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.gateway.security.TokenCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Records every successful read routed to a service (which may release personal data) in
 * the audit log: who, which client, the path, the children it names and the data items
 * the service holds. The gateway does not read inside a routed answer, so the fields are
 * what the answer may carry. The record is written once the service has answered and
 * before any of the answer is sent on; if it cannot be written, nothing is sent but a 503
 * problem, as for the gateway's own handlers.
 */
public class RoutedReadAudit implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RoutedReadAudit.class);

	private static final String ROUTED_ANSWER = "ROUTED_ANSWER";

	/** A UPN anywhere in a path: check letter, 11 digits, a digit or letter. */
	private static final Pattern UPN = Pattern
		.compile("(?<![A-Z0-9])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![A-Z0-9])");

	private final Auditor auditor;

	public RoutedReadAudit(Auditor auditor) {
		this.auditor = auditor;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Caller caller = TokenCaller.of(exchange);
		if (caller == null || exchange.getRequest().getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		String path = exchange.getRequest().getPath().value();
		// Just before the service's answer is sent on: the record is there before the
		// client has any of it, and when it cannot be written the answer is a 503 problem
		// instead (a commit action that fails leaves the response uncommitted, so the
		// problem handler answers in its place).
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			if (status == null || !status.is2xxSuccessful()) {
				return Mono.empty();
			}
			return this.auditor
				.recordThen(caller, "GET " + path, upnsIn(path), List.of(), fields(path), null, null, Outcome.RELEASED,
						"", Boolean.TRUE)
				.doOnError(failure -> log.error(
						"could not record a routed read of {} by {} in the audit log; " + "the answer is withheld ({})",
						path, caller.subject(), failure.getMessage()))
				.then();
		});
		return chain.filter(exchange);
	}

	/**
	 * What a routed answer may release: {@code ROUTED_ANSWER} (the gateway does not read
	 * it) and the data items the service holds, as the field-level policy names them;
	 * area figures are aggregates, not a child's data.
	 */
	static List<String> fields(String path) {
		PlatformService service = WriteAudit.service(path);
		if (service == null) {
			return List.of(ROUTED_ANSWER);
		}
		if (path.startsWith(service.pathPrefix() + "/measures/") || path.equals(service.pathPrefix() + "/measures")) {
			return List.of(ROUTED_ANSWER, "AGGREGATES");
		}
		List<String> fields = new ArrayList<>();
		fields.add(ROUTED_ANSWER);
		DataItem.heldBy(service.configName()).forEach(item -> fields.add(item.name()));
		return fields;
	}

	static List<String> upnsIn(String path) {
		Matcher matcher = UPN.matcher(path);
		return matcher.results().map(match -> match.group()).distinct().toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
