package uk.gov.dorsetcouncil.edu.gateway.dashboard.client;

import tools.jackson.databind.JsonNode;

/** What the platform's API answered a view's request. */
public sealed interface ApiAnswer {

	/** 200: the body. */
	record Answered(JsonNode body) implements ApiAnswer {
	}

	/**
	 * 4xx: the request was refused (no right to it, no such record, a bad period); the
	 * problem's detail says why.
	 */
	record Refused(int status, String detail) implements ApiAnswer {
	}

	/** 5xx or no answer: the platform could not answer now. */
	record Unavailable(String why) implements ApiAnswer {
	}

}
