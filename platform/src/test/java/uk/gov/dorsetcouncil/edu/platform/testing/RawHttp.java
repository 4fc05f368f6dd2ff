package uk.gov.dorsetcouncil.edu.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: for requests that HTTP clients
 * refuse to send (malformed percent-encoding, a bare {@code [} in a query, a request line
 * of 20,000 characters) and for several requests on one keep-alive connection.
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RawHttp() {
	}

	/** One answer: its status, headers (names in lower case) and body. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		/** The body as JSON (an empty object when there is none). */
		public JsonNode json() {
			return JSON.readTree(this.body.isEmpty() ? "{}" : this.body);
		}

		public String contentType() {
			String type = header("content-type");
			return (type != null) ? type : "";
		}

	}

	/** A GET request's bytes, with its Host and the given extra header lines. */
	public static String get(String target, String... headerLines) {
		return request("GET", target, null, null, headerLines);
	}

	/** A request's bytes; {@code body} null sends none. */
	public static String request(String method, String target, String contentType, String body, String... headerLines) {
		StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		if (body != null) {
			if (contentType != null) {
				request.append("Content-Type: ").append(contentType).append("\r\n");
			}
			request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
		}
		request.append("\r\n");
		if (body != null) {
			request.append(body);
		}
		return request.toString();
	}

	/** Sends one request on a new connection and reads its answer. */
	public static Answer send(int port, String request) {
		List<Answer> answers = onOneConnection(port, List.of(request), 10_000);
		if (answers.isEmpty()) {
			throw new IllegalStateException("no answer to " + request.lines().findFirst().orElse(""));
		}
		return answers.get(0);
	}

	/**
	 * Sends requests one after another on one connection, each after the last answer, and
	 * returns the answers read: fewer than the requests when the server closed the
	 * connection (having said {@code Connection: close}) or did not answer within
	 * {@code timeoutMillis}.
	 */
	public static List<Answer> onOneConnection(int port, List<String> requests, int timeoutMillis) {
		List<Answer> answers = new ArrayList<>();
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(timeoutMillis);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			for (String request : requests) {
				try {
					out.write(request.getBytes(StandardCharsets.UTF_8));
					out.flush();
				}
				catch (IOException closed) {
					return answers;
				}
				Answer answer = read(in);
				if (answer == null) {
					return answers;
				}
				answers.add(answer);
				if ("close".equalsIgnoreCase(answer.header("connection"))) {
					return answers;
				}
			}
			return answers;
		}
		catch (SocketTimeoutException ex) {
			return answers;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends requests one after another, each after the last answer, on one connection
	 * while the server keeps it: a new one only after an answer that said
	 * {@code Connection: close}. Returns the answers read before the first request left
	 * unanswered within {@code timeoutMillis} (a stalled connection), so a test that
	 * expects every answer fails on a stall.
	 */
	public static List<Answer> inSequence(int port, List<String> requests, int timeoutMillis) {
		List<Answer> answers = new ArrayList<>();
		while (answers.size() < requests.size()) {
			List<Answer> more = onOneConnection(port, requests.subList(answers.size(), requests.size()), timeoutMillis);
			answers.addAll(more);
			if (more.isEmpty() || !"close".equalsIgnoreCase(more.get(more.size() - 1).header("connection"))) {
				break;
			}
		}
		return answers;
	}

	private static Answer read(InputStream in) throws IOException {
		String statusLine = line(in);
		if (statusLine == null) {
			return null;
		}
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
					header.substring(colon + 1).strip());
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (headers.containsKey("content-length")) {
			body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer
				.parseInt(line(in).split(";")[0].strip(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
			line(in);
		}
		else if ("close".equalsIgnoreCase(headers.get("connection"))) {
			body.write(in.readAllBytes());
		}
		return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				return (line.size() == 0) ? null : line.toString(StandardCharsets.UTF_8);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

}
