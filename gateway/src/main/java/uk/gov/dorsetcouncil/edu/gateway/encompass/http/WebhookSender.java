package uk.gov.dorsetcouncil.edu.gateway.encompass.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRetry;

/**
 * Sends one signed request to a school's webhook with the JDK's HTTP client (ADR 0045):
 * one client for every school, a bound on connecting and on the whole answer, redirects
 * never followed (the URL registered is the only place a notification goes), and the
 * answer's body discarded unread (a school's system cannot make the gateway hold a large
 * answer).
 */
public class WebhookSender {

	private final HttpClient client;

	private final Duration timeout;

	public WebhookSender(Duration connectTimeout, Duration timeout) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.timeout = timeout;
	}

	/** Posts the JSON body with the headers; what came of it, never an exception. */
	public WebhookRetry.Attempt post(String url, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Dorset-Education-Platform-Webhooks/1")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			HttpResponse<Void> answer = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return new WebhookRetry.Attempt.Answered(answer.statusCode());
		}
		catch (HttpTimeoutException ex) {
			return new WebhookRetry.Attempt.Failed(WebhookRetry.Failure.TIMEOUT, ex.getMessage());
		}
		catch (IOException ex) {
			return new WebhookRetry.Attempt.Failed(WebhookRetry.Failure.CONNECTION,
					ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new WebhookRetry.Attempt.Failed(WebhookRetry.Failure.CONNECTION, "interrupted");
		}
	}

}
