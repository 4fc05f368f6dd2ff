package uk.gov.dorsetcouncil.edu.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's run command as a new user meets it: {@code ./mvnw -q -Plocal package} on
 * an empty data folder, timed to healthy and to a loaded demo from what it prints, then
 * every process it started measured with {@code ps} (resident set size), then stopped.
 */
final class LocalRunFootprint {

	private static final Pattern HEALTHY = Pattern.compile("All six applications healthy after ([0-9.]+) s");

	private static final Pattern LOADED = Pattern.compile("Demo data loaded in ([0-9.]+) s");

	private static final Duration WITHIN = Duration.ofMinutes(8);

	private LocalRunFootprint() {
	}

	/**
	 * @param processes resident memory of each process (MiB), by what it is
	 * @param healthySeconds as the run command printed it
	 * @param loadedSeconds the demo's load after healthy, as printed
	 */
	record Measured(Map<String, Double> processes, double healthySeconds, double loadedSeconds) {

		double totalMib() {
			return this.processes.values().stream().mapToDouble(Double::doubleValue).sum();
		}

	}

	static Measured measure(Path root, Path dataDir, Duration settle) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-o", "-Plocal", "package",
				"-Ddorset.data-dir=" + dataDir)
			.directory(root.toFile())
			.redirectErrorStream(true);
		Process run = builder.start();
		Double healthy = null;
		Double loaded = null;
		Instant deadline = Instant.now().plus(WITHIN);
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && Instant.now().isBefore(deadline)) {
				Matcher h = HEALTHY.matcher(line);
				if (h.find()) {
					healthy = Double.valueOf(h.group(1));
				}
				Matcher l = LOADED.matcher(line);
				if (l.find()) {
					loaded = Double.valueOf(l.group(1));
				}
				if (line.contains("Press Ctrl-C to stop.")) {
					break;
				}
				if (line.contains("ERROR") || line.contains("Exception")) {
					System.out.println("  run command: " + line);
				}
			}
			if (healthy == null || loaded == null) {
				throw new IllegalStateException("The run command did not become healthy and load the demo within "
						+ WITHIN.toMinutes() + " minutes (are ports 8079-8085 free?); see " + dataDir.resolve("logs"));
			}
			// What the processes hold once the load's garbage has been collected.
			Thread.sleep(settle.toMillis());
			Map<String, Double> processes = residentMemory(run.toHandle());
			drain(out);
			return new Measured(processes, healthy, loaded);
		}
		finally {
			stop(run);
		}
	}

	private static void drain(BufferedReader out) {
		Thread drainer = new Thread(() -> {
			try {
				while (out.readLine() != null) {
					// the run command's farewell
				}
			}
			catch (IOException ex) {
				// closed as it stops
			}
		}, "run-command-output");
		drainer.setDaemon(true);
		drainer.start();
	}

	/** Resident memory of a process and all its descendants, as {@code ps} reports it. */
	static Map<String, Double> residentMemory(ProcessHandle top) throws IOException, InterruptedException {
		List<ProcessHandle> all = new ArrayList<>();
		all.add(top);
		top.descendants().forEach(all::add);
		Map<String, Double> memory = new LinkedHashMap<>();
		for (ProcessHandle process : all) {
			Process ps = new ProcessBuilder("ps", "-o", "rss=,args=", "-p", Long.toString(process.pid()))
				.redirectErrorStream(true)
				.start();
			String line = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			ps.waitFor();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 2);
			double mib = Long.parseLong(parts[0]) / 1024.0;
			if (mib < 8) {
				// the wrapper's shell scripts, waiting on their child
				continue;
			}
			memory.merge(name(parts[1]), mib, Double::sum);
		}
		return memory;
	}

	private static String name(String args) {
		Matcher jar = Pattern.compile("([a-z-]+)-exec\\.jar").matcher(args);
		if (jar.find()) {
			return jar.group(1);
		}
		if (args.contains("LocalPlatform")) {
			return "launcher (issuer, demo loader)";
		}
		if (args.contains("plexus-classworlds") || args.contains("org.codehaus.plexus.classworlds")) {
			return "maven";
		}
		return args.length() > 40 ? args.substring(0, 40) : args;
	}

	/**
	 * Stops the launcher first (it stops the services it started), then Maven, as Ctrl-C
	 * would.
	 */
	private static void stop(Process run) throws InterruptedException {
		List<ProcessHandle> launchers = run.toHandle()
			.descendants()
			.filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("LocalPlatform")).orElse(false))
			.toList();
		for (ProcessHandle launcher : launchers) {
			launcher.destroy();
			launcher.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(ex -> null).join();
		}
		run.toHandle().descendants().forEach(ProcessHandle::destroy);
		run.destroy();
		if (!run.waitFor(30, TimeUnit.SECONDS)) {
			run.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
			run.destroyForcibly();
		}
	}

}
