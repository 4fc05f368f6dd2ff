package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.web.ExchangeCaller;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Records every change asked for through the gateway, accepted or refused, in the audit
 * log: writes routed to a service (with the pupils its path names) and changes to
 * data-sharing agreements (with the agreement and what changed). It runs outside the
 * security chain, so refusals at the edge (scope, partner, size) are recorded as well as
 * the service's own answer, and the record is written just before the answer is committed
 * to the client.
 *
 * <p>
 * Not recorded: requests without a valid token or naming no acceptable caller (there is
 * nobody to record; they are refused before any work), and requests refused for rate
 * (429), so that a client over its limit cannot make the gateway write without bound.
 */
public class WriteAudit implements WebFilter, Ordered {

	/**
	 * An exchange attribute a handler sets to say what its change did (for example an
	 * agreement's status change and why); it becomes the record's reason.
	 */
	public static final String CHANGE = WriteAudit.class.getName() + ".change";

	private static final Logger log = LoggerFactory.getLogger(WriteAudit.class);

	private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.PUT, HttpMethod.POST, HttpMethod.DELETE,
			HttpMethod.PATCH);

	private static final Pattern AGREEMENT = Pattern.compile("^/api/v1/agreements/([^/]+)(/status)?$");

	private final AuditLog auditLog;

	private final Clock clock;

	public WriteAudit(AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (WRITES.contains(exchange.getRequest().getMethod()) && (service(path) != null || agreement(path) != null)) {
			exchange.getResponse().beforeCommit(() -> record(exchange, path));
		}
		return chain.filter(exchange);
	}

	private Mono<Void> record(ServerWebExchange exchange, String path) {
		Caller caller = ExchangeCaller.of(exchange);
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		if (caller == null || status == null || status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			return Mono.empty();
		}
		PlatformService service = service(path);
		Outcome outcome = status.is2xxSuccessful() ? Outcome.ACCEPTED
				: status.is4xxClientError() ? Outcome.REFUSED : Outcome.FAILED;
		String change = exchange.getAttribute(CHANGE);
		String answered = (exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR) != null)
				? "the " + service.configName() + " service answered " + status.value()
				: "the gateway answered " + status.value();
		String reason = (change != null && status.is2xxSuccessful()) ? change : answered;
		return Mono.defer(() -> this.auditLog.append(new AuditEntry(this.clock.instant(), caller.subject(),
				caller.clientId(), caller.organisation().asHeader(), caller.roles().stream().sorted().toList(),
				exchange.getRequest().getMethod().name() + " " + path,
				(service != null) ? RoutedReadAudit.upnsIn(path) : List.of(), List.of(), List.of(), null,
				agreement(path), outcome, reason)))
			.then()
			.onErrorResume(failure -> {
				// The change is made (or refused) already; the answer says so, and the
				// missing record is an alert for whoever watches the logs.
				log.error("could not record {} {} by {} ({}) in the audit log", exchange.getRequest().getMethod(), path,
						caller.subject(), outcome, failure);
				return Mono.empty();
			});
	}

	static PlatformService service(String path) {
		for (PlatformService service : PlatformService.values()) {
			if (path.startsWith(service.pathPrefix() + "/")) {
				return service;
			}
		}
		return null;
	}

	static String agreement(String path) {
		Matcher matcher = AGREEMENT.matcher(path);
		return matcher.matches() ? matcher.group(1) : null;
	}

	@Override
	public int getOrder() {
		// Before Spring Security's chain (-100), so that its refusals are recorded too.
		return -200;
	}

}
