package uk.gov.dorsetcouncil.edu.platform.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs every fuzz test of a module (classes named {@code *FuzzTest}, one Jazzer
 * {@code @FuzzTest} each) in fuzzing mode, each in a JVM of its own because Jazzer fuzzes
 * one test a JVM (ADR 0019). The module's build calls it in its test phase (the parent
 * POM's {@code fuzz} execution) with the test classes folder, a folder for the logs and
 * the seconds each test is fuzzed; it prints how many inputs each test tried and fails
 * the build when any test finds an input that breaks its property (the input is written
 * under the log folder, to be added to the test's seeds once fixed).
 *
 * <p>
 * A longer run: {@code ./mvnw verify -Dfuzz.seconds=300} (docs/reliability.md); some
 * tests alone: {@code -Dfuzz.only=<simple class names, comma-separated>}.
 */
public final class FuzzRuns {

	/** libFuzzer's last line: {@code Done 123456 runs in 5 second(s)}. */
	private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

	private FuzzRuns() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("--one")) {
			System.exit(runOne(args[1]) ? 0 : 1);
		}
		Path classes = Path.of(args[0]);
		Path logs = Path.of(args[1]);
		long seconds = Long.parseLong(args[2]);
		List<String> only = (args.length > 3 && !args[3].isBlank()) ? List.of(args[3].strip().split("\\s*,\\s*"))
				: List.of();
		List<String> tests = fuzzTests(classes).stream()
			.filter(test -> only.isEmpty() || only.contains(test.substring(test.lastIndexOf('.') + 1)))
			.toList();
		if (tests.isEmpty()) {
			return;
		}
		Files.createDirectories(logs);
		List<String> failed = new ArrayList<>();
		for (String test : tests) {
			Path log = logs.resolve(test + ".log");
			long started = System.nanoTime();
			int exit = fuzz(test, seconds, logs, log);
			String output = Files.readString(log, StandardCharsets.ISO_8859_1);
			String runs = lastMatch(DONE, output).map(done -> done.group(1) + " inputs").orElse("inputs not counted");
			System.out.printf("[fuzz] %s: %s in %.1f s, %s%n", test, runs, (System.nanoTime() - started) / 1e9,
					exit == 0 ? "no finding" : "FAILED (" + log + ")");
			if (exit != 0) {
				failed.add(test);
				tail(output, 60, System.out);
			}
		}
		if (!failed.isEmpty()) {
			System.out.println("[fuzz] failed: " + failed);
			System.exit(1);
		}
	}

	/** The fuzz test classes under a test classes folder, as class names. */
	static List<String> fuzzTests(Path classes) throws IOException {
		if (!Files.isDirectory(classes)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(classes)) {
			return files.map(file -> classes.relativize(file).toString())
				.filter(name -> name.endsWith("FuzzTest.class") && !name.contains("$"))
				.map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
				.sorted()
				.toList();
		}
	}

	private static int fuzz(String test, long seconds, Path logs, Path log) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-Xmx1g", "-XX:+EnableDynamicAgentLoading",
				"--enable-native-access=ALL-UNNAMED", "-Djazzer.max_duration=" + seconds + "s",
				"-Djazzer.instrument=uk.gov.dorsetcouncil.**", "-Djazzer.reproducer_path=" + logs.toAbsolutePath(),
				// JUnit would time the whole fuzzing run as one test.
				"-Djunit.jupiter.execution.timeout.mode=disabled", "-classpath", System.getProperty("java.class.path"),
				FuzzRuns.class.getName(), "--one", test);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			// Crash inputs are written to the working folder.
			.directory(logs.toFile());
		builder.environment().put("JAZZER_FUZZ", "1");
		return builder.start().waitFor();
	}

	/** In the child JVM: runs one class's tests, true when none failed. */
	private static boolean runOne(String test) {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(test))
			.configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
			.build();
		Launcher launcher = LauncherFactory.create();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		launcher.execute(request, listener);
		TestExecutionSummary summary = listener.getSummary();
		summary.printTo(new java.io.PrintWriter(System.out, true));
		summary.printFailuresTo(new java.io.PrintWriter(System.out, true), 40);
		return summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0;
	}

	private static Optional<Matcher> lastMatch(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		Matcher last = null;
		while (matcher.find()) {
			last = pattern.matcher(text);
			last.find(matcher.start());
		}
		return Optional.ofNullable(last);
	}

	private static void tail(String output, int lines, PrintStream out) {
		List<String> all = output.lines().toList();
		all.subList(Math.max(0, all.size() - lines), all.size()).forEach(line -> out.println("  " + line));
	}

}
