package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from a second process: Debian's {@code wrk}, one thread, a fixed number of
 * keep-alive connections for a fixed time, reporting throughput and latency percentiles
 * through a Lua {@code done} hook (wrk's own summary has no 95th percentile).
 */
final class Wrk {

	/** Printed by the Lua hook; microseconds for latencies. */
	private static final String REPORT = """
			done = function(summary, latency, requests)
			  local e = summary.errors
			  io.write(string.format("WRK_RESULT requests=%d duration_us=%d status=%d socket=%d p50=%d p95=%d p99=%d\\n",
			    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
			    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
			end
			""";

	private static final Pattern RESULT = Pattern.compile(
			"WRK_RESULT requests=(\\d+) duration_us=(\\d+) status=(\\d+) socket=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

	private final Path script;

	Wrk(Path workDir) {
		try {
			this.script = Files.writeString(workDir.resolve("report.lua"), REPORT, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One run: {@code connections} connections for {@code duration} against {@code url}
	 * with the given headers.
	 */
	Result run(String url, Map<String, String> headers, int connections, Duration duration)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", this.script.toString()));
		headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		Matcher matcher = RESULT.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("wrk gave no result: " + output);
		}
		long requests = Long.parseLong(matcher.group(1));
		double seconds = Long.parseLong(matcher.group(2)) / 1e6;
		return new Result(connections, requests / seconds, Long.parseLong(matcher.group(3)),
				Long.parseLong(matcher.group(4)), millis(matcher.group(5)), millis(matcher.group(6)),
				millis(matcher.group(7)));
	}

	private static double millis(String micros) {
		return Long.parseLong(micros) / 1000.0;
	}

	/**
	 * @param perSecond requests answered per second (any status)
	 * @param notOk answers that were not 2xx or 3xx
	 * @param socketErrors connect, read, write errors and timeouts
	 */
	record Result(int connections, double perSecond, long notOk, long socketErrors, double p50, double p95,
			double p99) {

		boolean clean() {
			return this.notOk == 0 && this.socketErrors == 0;
		}

	}

}
