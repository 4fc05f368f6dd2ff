package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM started as the services are, left holding a heap it does not use, is asked to
 * give it back (docs/benchmarks.md, "Local run memory").
 */
class IdleHeapsTest {

	@Test
	void anIdleJvmCollectsAndKeepsAtMostATenthOfItsHeapFree() throws Exception {
		Process idle = new ProcessBuilder(LocalPlatform.javaExecutable(), "-XX:+UseSerialGC", "-Xms24m",
				"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps", "-cp",
				System.getProperty("java.class.path"), Burst.class.getName())
			.redirectErrorStream(true)
			.start();
		try {
			// The child says when its burst is garbage and it waits.
			assertThat(new String(idle.getInputStream().readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("idle\n");
			assertThat(flags(idle.pid())).contains("-XX:MaxHeapFreeRatio=30");
			long before = oldGenerationCommittedKb(idle.pid());

			assertThat(IdleHeaps.giveBack(List.of(idle.pid()))).isEmpty();

			assertThat(flags(idle.pid())).contains("-XX:MaxHeapFreeRatio=10");
			assertThat(oldGenerationCommittedKb(idle.pid())).as("old generation committed, KB").isLessThan(before / 2);
		}
		finally {
			idle.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aProcessThatIsNotThereIsReportedAndTheRestGoesOn() throws Exception {
		Process gone = new ProcessBuilder(LocalPlatform.javaExecutable(), "-version").start();
		gone.waitFor(30, TimeUnit.SECONDS);

		assertThat(IdleHeaps.giveBack(List.of(gone.pid()))).containsExactly(gone.pid());
	}

	private static String flags(long pid) throws IOException, InterruptedException {
		return jcmd(pid, "VM.flags");
	}

	/**
	 * Serial's "Tenured total NK" (JDK 25; "tenured generation total NK" before) from
	 * {@code GC.heap_info}.
	 */
	private static long oldGenerationCommittedKb(long pid) throws IOException, InterruptedException {
		String info = jcmd(pid, "GC.heap_info").toLowerCase(java.util.Locale.ROOT);
		String tenured = info.substring(info.indexOf("tenured"));
		String total = tenured.substring(tenured.indexOf("total") + "total".length()).trim();
		return Long.parseLong(total.substring(0, total.indexOf('k')));
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(pid), command)
			.redirectErrorStream(true)
			.start();
		String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(jcmd.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	/** Grows its old generation with a burst of live data, drops it, and waits. */
	static final class Burst {

		public static void main(String[] args) throws InterruptedException {
			byte[][] burst = new byte[600][];
			for (int i = 0; i < burst.length; i++) {
				burst[i] = new byte[100_000];
			}
			System.out.println(burst.length == 600 ? "idle" : "");
			System.out.flush();
			burst = null;
			Thread.sleep(600_000);
		}

	}

}
