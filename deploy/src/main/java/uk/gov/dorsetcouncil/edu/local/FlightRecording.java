package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recording of a running application, started and stopped with the JDK's
 * {@code jcmd} (JFR's own profile settings: a Java sample every 10-20 ms of each running
 * thread), and the methods that took the samples: where they were running (self) and
 * where the project's own methods were anywhere on the stack (total). The benchmark names
 * the top frames so that a change to the hot path can be compared with what was there
 * before.
 */
final class FlightRecording implements AutoCloseable {

	/** The project's own code: threads' and frameworks' frames are on every stack. */
	private static final String PROJECT = "uk.gov.dorsetcouncil.";

	private final long pid;

	private final Path file;

	private FlightRecording(long pid, Path file) {
		this.pid = pid;
		this.file = file;
	}

	/** Starts recording the process until {@link #close()}. */
	static FlightRecording start(long pid, Path file) throws IOException, InterruptedException {
		Files.createDirectories(file.getParent());
		jcmd(pid, "JFR.start", "name=benchmark", "settings=profile");
		return new FlightRecording(pid, file);
	}

	/** Stops the recording and writes it to its file. */
	@Override
	public void close() throws IOException, InterruptedException {
		jcmd(this.pid, "JFR.stop", "name=benchmark", "filename=" + this.file.toAbsolutePath());
	}

	Path file() {
		return this.file;
	}

	/**
	 * The methods most often at the top of a Java sample, and the project's methods most
	 * often anywhere on its stack (each counted once a sample), as shares of all samples.
	 */
	static TopFrames topFrames(Path recording, int limit) throws IOException {
		Map<String, Integer> self = new TreeMap<>();
		Map<String, Integer> total = new TreeMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				if (!frame.getMethod().getType().getName().startsWith(PROJECT)) {
					continue;
				}
				String name = name(frame.getMethod());
				if (seen.add(name)) {
					total.merge(name, 1, Integer::sum);
				}
			}
		}
		return new TopFrames(samples, top(self, samples, limit), top(total, samples, limit));
	}

	private static Map<String, Double> top(Map<String, Integer> counts, int samples, int limit) {
		Map<String, Double> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.forEach(each -> top.put(each.getKey(), 100.0 * each.getValue() / samples));
		return top;
	}

	private static String name(RecordedMethod method) {
		String type = method.getType().getName();
		return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
	}

	private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
		Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
		List<String> line = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), Long.toString(pid)));
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
		}
	}

	/** Shares of the samples, in percent, largest first. */
	record TopFrames(int samples, Map<String, Double> self, Map<String, Double> total) {

		String markdown() {
			StringBuilder text = new StringBuilder();
			text.append("| Running (self) | % | Project code on the stack | % |\n|---|---|---|---|\n");
			List<Map.Entry<String, Double>> selfRows = List.copyOf(this.self.entrySet());
			List<Map.Entry<String, Double>> totalRows = List.copyOf(this.total.entrySet());
			for (int i = 0; i < Math.max(selfRows.size(), totalRows.size()); i++) {
				text.append("| ")
					.append(i < selfRows.size() ? "`" + selfRows.get(i).getKey() + "`" : "")
					.append(" | ")
					.append(i < selfRows.size() ? "%.1f".formatted(selfRows.get(i).getValue()) : "")
					.append(" | ")
					.append(i < totalRows.size() ? "`" + totalRows.get(i).getKey() + "`" : "")
					.append(" | ")
					.append(i < totalRows.size() ? "%.1f".formatted(totalRows.get(i).getValue()) : "")
					.append(" |\n");
			}
			return text.append("\n").append(this.samples).append(" samples.\n").toString();
		}

	}

}
