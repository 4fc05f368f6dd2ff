package uk.gov.dorsetcouncil.edu.gateway.api;

import org.springframework.web.server.ServerWebExchange;

import uk.gov.dorsetcouncil.edu.gateway.security.TokenCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/** The caller of one of the gateway's own API handlers, and checks on it. */
public final class Callers {

	/** The largest page any list answers, whatever is asked (OWASP API4:2023). */
	public static final int MAX_PAGE_SIZE = 100;

	private Callers() {
	}

	public static Caller of(ServerWebExchange exchange) {
		Caller caller = TokenCaller.of(exchange);
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

	public static void requirePage(int page, int size) {
		if (page < 0) {
			throw ProblemException.invalid("page", "pages are numbered from 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ProblemException.invalid("size", "a page holds 1 to " + MAX_PAGE_SIZE + " items");
		}
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
