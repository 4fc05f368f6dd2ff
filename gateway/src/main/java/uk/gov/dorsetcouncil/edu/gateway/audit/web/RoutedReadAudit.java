package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.web.ExchangeCaller;
import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.gateway.audit.ListPurpose;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Records every successful read routed to a service (which may release personal data) in
 * the audit log: who, which client, the path, the children it names, the children and
 * schools a list released (named by the service in
 * {@link CallerHeaders#RELEASED_CHILDREN} and {@link CallerHeaders#RELEASED_SCHOOLS},
 * which are removed before the answer is sent on), the purpose, and the data items the
 * service holds. The gateway does not read inside a routed answer, so the fields are what
 * the answer may carry. A county-wide caller listing a whole roll names a purpose
 * ({@link ListPurpose}) or is answered 400. The record is written once the service has
 * answered and before any of the answer is sent on; if it cannot be written, nothing is
 * sent but a 503 problem, as for the gateway's own handlers.
 */
public class RoutedReadAudit implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RoutedReadAudit.class);

	private static final String ROUTED_ANSWER = "ROUTED_ANSWER";

	/** A UPN anywhere in a path: check letter, 11 digits, a digit or letter. */
	private static final Pattern UPN = Pattern
		.compile("(?<![A-Z0-9])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![A-Z0-9])");

	/** A school's URN: 6 digits. */
	private static final Pattern URN = Pattern.compile("[0-9]{6}");

	private static final String PURPOSE_HEADER = "X-Dorset-Purpose";

	private final Auditor auditor;

	public RoutedReadAudit(Auditor auditor) {
		this.auditor = auditor;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Caller caller = ExchangeCaller.of(exchange);
		if (caller == null || exchange.getRequest().getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		String path = exchange.getRequest().getPath().value();
		// Read before CallerContextRelay removes every x-dorset-* header the client sent.
		String purpose = Callers.headerOr(exchange, PURPOSE_HEADER,
				exchange.getRequest().getQueryParams().getFirst("purpose"));
		Optional<String> purposeProblem = ListPurpose.problem(caller, path, purpose);
		if (purposeProblem.isPresent()) {
			return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST, purposeProblem.get(),
					List.of(new Violation("purpose", purposeProblem.get())));
		}
		// Just before the service's answer is sent on: the record is there before the
		// client has any of it, and when it cannot be written the answer is a 503 problem
		// instead (a commit action that fails leaves the response uncommitted, so the
		// problem handler answers in its place).
		exchange.getResponse().beforeCommit(() -> {
			// The service names the children a list released; the names are for the
			// audit log, never for the client.
			HttpHeaders headers = exchange.getResponse().getHeaders();
			List<String> released = words(headers.getFirst(CallerHeaders.RELEASED_CHILDREN), UPN);
			List<String> schools = words(headers.getFirst(CallerHeaders.RELEASED_SCHOOLS), URN);
			headers.remove(CallerHeaders.RELEASED_CHILDREN);
			headers.remove(CallerHeaders.RELEASED_SCHOOLS);
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			if (status == null || !status.is2xxSuccessful()) {
				return Mono.empty();
			}
			return this.auditor
				.recordThen(caller, "GET " + path, children(path, released), schools, fields(path),
						ListPurpose.recorded(purpose), null, Outcome.RELEASED, "", Boolean.TRUE)
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
	 * area figures (attendance's measures, SEND's assessment figures) are aggregates, not
	 * a child's data.
	 */
	static List<String> fields(String path) {
		PlatformService service = WriteAudit.service(path);
		if (service == null) {
			return List.of(ROUTED_ANSWER);
		}
		if (path.startsWith(service.pathPrefix() + "/measures/") || path.equals(service.pathPrefix() + "/measures")
				|| path.equals(service.pathPrefix() + "/assessment-measures")) {
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

	/** The children a read released: those its path names and those its answer names. */
	static List<String> children(String path, List<String> released) {
		Set<String> children = new LinkedHashSet<>(upnsIn(path));
		children.addAll(released);
		return List.copyOf(children);
	}

	/** The space-separated words of a header that match {@code shape}. */
	static List<String> words(String header, Pattern shape) {
		if (header == null || header.isBlank()) {
			return List.of();
		}
		return Arrays.stream(header.strip().split("\\s+"))
			.filter(word -> shape.matcher(word).matches())
			.distinct()
			.toList();
	}

	@Override
	public int getOrder() {
		// Before CallerContextRelay, which removes the client's X-Dorset-Purpose header.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
