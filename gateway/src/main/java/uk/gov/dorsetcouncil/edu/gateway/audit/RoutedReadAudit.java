package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Clock;
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
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.gateway.security.TokenCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Records every successful read routed to a service (which may release personal data) in
 * the audit log: who, which client, the path, the children it names and the data items
 * the service holds. The gateway does not read inside a routed answer, so the fields are
 * what the answer may carry, and the record is written as the answer completes, not
 * before; the gateway's own handlers record before they answer.
 */
public class RoutedReadAudit implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RoutedReadAudit.class);

	private static final String ROUTED_ANSWER = "ROUTED_ANSWER";

	/** A UPN anywhere in a path: check letter, 11 digits, a digit or letter. */
	private static final Pattern UPN = Pattern
		.compile("(?<![A-Z0-9])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![A-Z0-9])");

	private final AuditLog auditLog;

	private final Clock clock;

	public RoutedReadAudit(AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Caller caller = TokenCaller.of(exchange);
		if (caller == null || exchange.getRequest().getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		String path = exchange.getRequest().getPath().value();
		// Just before the service's answer is sent on: the record is there before the
		// client has any of it.
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			if (status == null || !status.is2xxSuccessful()) {
				return Mono.empty();
			}
			AuditEntry entry = new AuditEntry(this.clock.instant(), caller.subject(), caller.clientId(),
					caller.organisation().asHeader(), caller.roles().stream().sorted().toList(), "GET " + path,
					upnsIn(path), List.of(), fields(path), null, null, Outcome.RELEASED, "");
			return Mono.fromRunnable(() -> this.auditLog.append(entry))
				.subscribeOn(Schedulers.boundedElastic())
				.onErrorResume(failure -> {
					log.error("could not record a routed read of {} by {} in the audit log", path, caller.subject(),
							failure);
					return Mono.empty();
				})
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
