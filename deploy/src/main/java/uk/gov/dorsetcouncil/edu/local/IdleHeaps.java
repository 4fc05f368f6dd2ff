package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Gives back the heap a burst of work (the demo's load) left committed but free, once the
 * platform is idle.
 *
 * <p>
 * The services run the Serial collector (JvmSizing), which resizes its heap only at a
 * full collection, and an idle service makes none: after the load each one kept the old
 * generation the load had grown (the attendance service 60 MB for 39 MB live). A full
 * collection in each JVM with {@code MaxHeapFreeRatio} at 10 gave back 44 MiB of the
 * local run (docs/benchmarks.md, "Local run memory"). Both are asked of each child
 * through {@code jcmd}, the JDK's own tool for a running JVM (the attach mechanism: no
 * port, no code in the services), and of this JVM through its diagnostic bean. The ratio
 * is lowered only now, not at start, so that the load itself grows the heap as it did.
 * Nothing is lost if a JVM cannot be asked (a JDK without {@code jcmd}): it keeps its
 * heap.
 */
final class IdleHeaps {

	/**
	 * At most this percentage of an idle heap stays committed but free after the
	 * collection (the minimum goes to the same, as the maximum may not be below it; it is
	 * 10 in every JVM of the run already).
	 */
	static final int FREE_PERCENT = 10;

	/** The diagnostic commands run in each child, in order. */
	static final List<String> COMMANDS = List.of("VM.set_flag MinHeapFreeRatio " + FREE_PERCENT,
			"VM.set_flag MaxHeapFreeRatio " + FREE_PERCENT, "GC.run");

	private static final long WAIT_SECONDS = 60;

	private IdleHeaps() {
	}

	/**
	 * Asks each process (a JVM of this JDK's user) and then this JVM to collect and give
	 * back its free heap; returns the pids that could not be asked.
	 */
	static List<Long> giveBack(List<Long> pids) throws IOException, InterruptedException {
		List<Long> refused = new ArrayList<>();
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		if (!Files.isExecutable(jcmd)) {
			refused.addAll(pids);
		}
		else {
			Path commands = Files.createTempFile("dorset-idle-heaps", ".jcmd");
			try {
				Files.write(commands, COMMANDS, StandardCharsets.UTF_8);
				for (long pid : pids) {
					// One jcmd a JVM, both commands from the file (-f), its answer
					// discarded.
					Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "-f", commands.toString())
						.redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD)
						.start();
					if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
						process.destroyForcibly();
						refused.add(pid);
					}
					else if (process.exitValue() != 0) {
						refused.add(pid);
					}
				}
			}
			finally {
				Files.deleteIfExists(commands);
			}
		}
		HotSpotDiagnosticMXBean self = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		self.setVMOption("MinHeapFreeRatio", Integer.toString(FREE_PERCENT));
		self.setVMOption("MaxHeapFreeRatio", Integer.toString(FREE_PERCENT));
		System.gc();
		return refused;
	}

}
