package uk.gov.dorsetcouncil.edu.attendance.connector.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.PupilChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RegisterChange;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolConnection;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolDataFeed;

/**
 * The MIS extraction API over HTTP (contract in ADR 0009): {@code GET
 * {base}/schools/{urn}/students} and {@code .../attendance/sessions}, each with
 * {@code updated_after}, {@code per_page} and an opaque {@code cursor}, bearer token per
 * school. Every page request goes through the school's own circuit breaker around a retry
 * with exponential backoff (429 honours {@code Retry-After}; 5xx and connection failures
 * are retried; a timeout is not, it counts against the breaker at once).
 */
public final class HttpSchoolDataFeed implements SchoolDataFeed {

	private final HttpClient http;

	private final Settings settings;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	/**
	 * Resilience settings, all explicit (Resilience4j's defaults need 100 calls before a
	 * breaker can open).
	 */
	public record Settings(Duration connectTimeout, Duration requestTimeout, int pageSize, int maxPages,
			int maxAttempts, Duration initialBackoff, double backoffMultiplier, Duration maxBackoff, int breakerWindow,
			int breakerMinimumCalls, float breakerFailureRatePercent, Duration breakerWaitInOpenState) {
	}

	public HttpSchoolDataFeed(Settings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.breakerWindow())
			.minimumNumberOfCalls(settings.breakerMinimumCalls())
			.failureRateThreshold(settings.breakerFailureRatePercent())
			.waitDurationInOpenState(settings.breakerWaitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(1)
			.build());
		this.retries = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.retryOnException(HttpSchoolDataFeed::worthRetrying)
			.intervalBiFunction(backoff(settings))
			.build());
	}

	/** The state of a school's breaker, for tests and status. */
	public CircuitBreaker.State breakerState(String urn) {
		return breaker(urn).getState();
	}

	@Override
	public FeedBatch changes(SchoolConnection school, String token, Instant changedSince) {
		List<PupilChange> pupils = new ArrayList<>();
		List<RegisterChange> registers = new ArrayList<>();
		List<RecordProblem> malformed = new ArrayList<>();
		pages(school, token, "students", changedSince,
				(where, body) -> ExtractionPage.students(where, body, pupils, malformed));
		pages(school, token, "attendance/sessions", changedSince,
				(where, body) -> ExtractionPage.sessions(where, body, registers, malformed));
		return new FeedBatch(pupils, registers, malformed);
	}

	/** Reads one page's body, returning the next page's cursor or empty at the end. */
	@FunctionalInterface
	private interface PageReader {

		Optional<String> read(String where, String body);

	}

	private void pages(SchoolConnection school, String token, String resource, Instant changedSince,
			PageReader reader) {
		String cursor = null;
		for (int page = 1; page <= this.settings.maxPages(); page++) {
			String body = get(school, token, uri(school, resource, changedSince, cursor));
			Optional<String> next = reader.read(resource + " page " + page, body);
			if (next.isEmpty()) {
				return;
			}
			cursor = next.get();
		}
		throw new FeedUnavailable("school " + school.urn() + " sent more than " + this.settings.maxPages()
				+ " pages of " + resource + "; not read", false, null);
	}

	private URI uri(SchoolConnection school, String resource, Instant changedSince, String cursor) {
		StringBuilder uri = new StringBuilder(school.baseUrl().replaceAll("/+$", ""));
		uri.append("/schools/").append(school.urn()).append('/').append(resource);
		uri.append("?per_page=").append(this.settings.pageSize());
		if (changedSince != null) {
			uri.append("&updated_after=").append(encode(changedSince.toString()));
		}
		if (cursor != null) {
			uri.append("&cursor=").append(encode(cursor));
		}
		return URI.create(uri.toString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String get(SchoolConnection school, String token, URI uri) {
		CircuitBreaker breaker = breaker(school.urn());
		Retry retry = this.retries.retry("mis-" + school.urn());
		try {
			return breaker.executeCallable(() -> retry.executeCallable(() -> once(uri, token)));
		}
		catch (CallNotPermittedException ex) {
			throw new FeedUnavailable("the circuit breaker for school " + school.urn()
					+ " is open after repeated failures; the feed is not called until it half-opens", true, ex);
		}
		catch (HttpTimeoutException ex) {
			throw new FeedUnavailable("school " + school.urn() + "'s feed did not answer within "
					+ this.settings.requestTimeout() + " (" + uri.getPath() + ")", false, ex);
		}
		catch (StatusRefused ex) {
			throw new FeedUnavailable("school " + school.urn() + "'s feed answered HTTP " + ex.status + " ("
					+ uri.getPath() + ")" + (ex.retryable ? " after " + this.settings.maxAttempts() + " attempts" : ""),
					false, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedUnavailable("interrupted", false, ex);
		}
		catch (Exception ex) {
			throw new FeedUnavailable("school " + school.urn() + "'s feed could not be reached: " + ex, false, ex);
		}
	}

	private CircuitBreaker breaker(String urn) {
		return this.breakers.circuitBreaker("mis-" + urn);
	}

	private String once(URI uri, String token) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.settings.requestTimeout())
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		int status = response.statusCode();
		if (status == 200) {
			return response.body();
		}
		boolean retryable = status == 429 || status >= 500;
		throw new StatusRefused(status, retryable,
				retryable ? retryAfter(response.headers().firstValue("Retry-After").orElse(null)) : null);
	}

	/** Retry-After in seconds; the HTTP-date form is treated as absent. */
	private static Duration retryAfter(String header) {
		if (header == null) {
			return null;
		}
		try {
			long seconds = Long.parseLong(header.strip());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean worthRetrying(Throwable failure) {
		if (failure instanceof StatusRefused refused) {
			return refused.retryable;
		}
		return failure instanceof IOException && !(failure instanceof HttpTimeoutException);
	}

	private static IntervalBiFunction<Object> backoff(Settings settings) {
		return (attempt, outcome) -> {
			long max = settings.maxBackoff().toMillis();
			if (outcome.isLeft() && outcome.getLeft() instanceof StatusRefused refused && refused.retryAfter != null) {
				return Math.min(refused.retryAfter.toMillis(), max);
			}
			double wait = settings.initialBackoff().toMillis() * Math.pow(settings.backoffMultiplier(), attempt - 1);
			return Math.min((long) wait, max);
		};
	}

	/** The feed answered with something other than 200. */
	static final class StatusRefused extends IOException {

		private final int status;

		private final boolean retryable;

		private final Duration retryAfter;

		StatusRefused(int status, boolean retryable, Duration retryAfter) {
			super("HTTP " + status);
			this.status = status;
			this.retryable = retryable;
			this.retryAfter = retryAfter;
		}

	}

}
