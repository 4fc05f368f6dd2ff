package uk.gov.dorsetcouncil.edu.attendance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/** Calls the service's REST API as the gateway would, with the caller's headers. */
public final class Api {

	public static final Caller LA = InMemoryStores.LA;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String lastLocation;

	private String lastLink;

	private java.net.http.HttpHeaders lastHeaders;

	public Api(int port) {
		this.base = "http://localhost:" + port + "/api/v1/attendance";
	}

	public static Caller school(String urn, String... scopes) {
		return new Caller("lead@" + urn, "mis", Organisation.school(urn), Set.of(), Set.of(scopes));
	}

	public record Response(int status, JsonNode body) {

		/** The fields named in a problem's errors, comma-separated. */
		public String fields() {
			StringBuilder fields = new StringBuilder();
			this.body.path("errors").forEach((error) -> {
				if (!fields.isEmpty()) {
					fields.append(',');
				}
				fields.append(error.path("field").asString());
			});
			return fields.toString();
		}

	}

	/**
	 * Registers a primary school as the local authority does (its LAESTAB 838 and the
	 * URN's last digits), or fails the test.
	 */
	public void registerSchool(String urn, String name, String locality) {
		Response answer = put("/schools/" + urn, LA, "{\"laestab\":\"838" + urn.substring(2) + "\",\"name\":\"" + name
				+ "\",\"phase\":\"PRIMARY\",\"locality\":\"" + locality + "\"}");
		if (answer.status() != 200) {
			throw new AssertionError(
					"registering school " + urn + " answered " + answer.status() + ": " + answer.body());
		}
	}

	/** A PUT of JSON, with extra headers (name, value, name, value...). */
	public Response put(String path, Caller caller, String json, String... headers) {
		HttpRequest.Builder request = request(path, caller).PUT(HttpRequest.BodyPublishers.ofString(json));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/**
	 * A POST with its own content type and extra headers (name, value, name, value...).
	 */
	public Response post(String path, Caller caller, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		CallerHeaders.toHeaders(caller).forEach(request::header);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** The response's Location header after a POST, or null. */
	public String lastLocation() {
		return this.lastLocation;
	}

	/** The last response's Link header (RFC 8288), or null. */
	public String lastLink() {
		return this.lastLink;
	}

	/** A header of the last response, or null. */
	public String lastHeader(String name) {
		return this.lastHeaders.firstValue(name).orElse(null);
	}

	public Response get(String path, Caller caller) {
		return send(request(path, caller).GET());
	}

	public Response delete(String path, Caller caller) {
		return send(request(path, caller).DELETE());
	}

	private HttpRequest.Builder request(String path, Caller caller) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json");
		if (caller != null) {
			CallerHeaders.toHeaders(caller).forEach(request::header);
		}
		return request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			this.lastLocation = response.headers().firstValue("Location").orElse(null);
			this.lastLink = response.headers().firstValue("Link").orElse(null);
			this.lastHeaders = response.headers();
			String body = response.body();
			return new Response(response.statusCode(), JSON.readTree((body == null || body.isEmpty()) ? "{}" : body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
