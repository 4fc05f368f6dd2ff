package uk.gov.dorsetcouncil.edu.gateway.api;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

import uk.gov.dorsetcouncil.edu.gateway.access.web.ExchangeCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageLinks;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.paging.Sorting;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/** The caller of one of the gateway's own API handlers, and checks on it. */
public final class Callers {

	private Callers() {
	}

	public static Caller of(ServerWebExchange exchange) {
		Caller caller = ExchangeCaller.of(exchange);
		if (caller == null) {
			// The security chain lets no API call through without one; fail closed if it
			// ever did.
			throw new MissingCallerException("no authenticated caller");
		}
		return caller;
	}

	/** Deny by default: the scope again, in the handler, whatever the route allowed. */
	public static void requireScope(Caller caller, String... anyOf) {
		for (String scope : anyOf) {
			if (caller.hasScope(scope)) {
				return;
			}
		}
		throw ProblemException.forbidden("the scope " + String.join(" or ", anyOf) + " is required");
	}

	/**
	 * The page a list was asked for, as the platform reads it in every service (page from
	 * 0, size 1 to 100, and no {@code sort}: the gateway's lists have one order); a bad
	 * value is a 400 naming the parameter.
	 */
	public static PageRequest page(ServerWebExchange exchange) {
		var query = exchange.getRequest().getQueryParams();
		return PageRequest.parse(query.getFirst("page"), query.getFirst("size"), query.getFirst("sort"), Sorting.FIXED);
	}

	/**
	 * A page as answered: its one shape, its {@code Link} header (RFC 8288) and no
	 * caching (lists of the gateway's own records change with every write).
	 */
	public static <T> ResponseEntity<Page<T>> pageAnswer(ServerWebExchange exchange, Page<T> page) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.LINK, PageLinks.header(exchange.getRequest().getURI(), page))
			.body(page);
	}

	/** A header, or else the query parameter's value, or null. */
	public static String headerOr(ServerWebExchange exchange, String header, String parameter) {
		String value = exchange.getRequest().getHeaders().getFirst(header);
		if (value == null || value.isBlank()) {
			value = parameter;
		}
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
