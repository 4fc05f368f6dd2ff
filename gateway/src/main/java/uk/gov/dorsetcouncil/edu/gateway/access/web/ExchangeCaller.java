package uk.gov.dorsetcouncil.edu.gateway.access.web;

import org.springframework.web.server.ServerWebExchange;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * The caller the security chain found for an exchange, kept as one of its attributes.
 * Routing, rate limits, audit and the gateway's own operations read it here rather than
 * from the security package, so that security may use them without a cycle (ADR 0025).
 */
public final class ExchangeCaller {

	/** The exchange attribute the security chain puts the caller under. */
	public static final String ATTRIBUTE = ExchangeCaller.class.getName();

	private ExchangeCaller() {
	}

	/** The caller the security chain found for this exchange, or null. */
	public static Caller of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

}
