package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options of each service under each sizing: the local run's footprint rests on
 * them (docs/benchmarks.md, "Local run memory"), and an option a JDK does not know stops
 * that service at start.
 */
class JvmSizingTest {

	@ParameterizedTest(name = "{0} {1} on JDK {2}: heap {3}, C1 only {4}, native heap trimmed {5}, Netty unpooled {6}")
	@CsvSource({ "DEMO, attendance, 25, 256m, true, true, true", "DEMO, belonging, 25, 160m, true, true, true",
			"DEMO, pledge, 25, 160m, true, true, true", "DEMO, gateway, 25, 256m, true, true, false",
			"DEMO, send, 21, 160m, true, false, true", "COUNTY, attendance, 25, 1536m, false, true, false",
			"COUNTY, transport, 25, 160m, true, true, false", "BENCHMARK, gateway, 25, 256m, false, true, false",
			"BENCHMARK, attendance, 22, 512m, false, true, false" })
	void eachServiceIsSizedForItsJob(JvmSizing sizing, String service, int jdk, String heap, boolean c1Only,
			boolean trimmed, boolean unpooled) {
		List<String> options = sizing.options(service, jdk);
		assertThat(options).contains("-XX:+UseSerialGC", "-Xmx" + heap, "-XX:-ShrinkHeapInSteps");
		assertThat(options.contains("-Xmn8m")).as("a small young generation for the demo")
			.isEqualTo(sizing == JvmSizing.DEMO);
		assertThat(options.contains("-XX:TieredStopAtLevel=1")).as("C1 only").isEqualTo(c1Only);
		assertThat(options.contains("-XX:TrimNativeHeapInterval=5000")).as("native heap trimmed").isEqualTo(trimmed);
		assertThat(options.contains("-Dio.netty.allocator.type=unpooled")).as("Netty unpooled").isEqualTo(unpooled);
		assertThat(options.contains("-XX:+UseCompactObjectHeaders")).as("compact headers (JDK 25)")
			.isEqualTo(jdk >= 25);
	}

	/**
	 * Maven's own JVM waits, idle, for as long as the local run runs, and so does the
	 * launcher once the demo is loaded: both give back what malloc freed, and Maven its
	 * free heap (docs/benchmarks.md, "Local run memory"). An older JDK ignores the option
	 * rather than refusing to start.
	 */
	@Test
	void mavenAndTheLauncherGiveBackWhatMallocFreed() throws IOException {
		List<String> maven = Files.readAllLines(Path.of("../.mvn/jvm.config"));
		assertThat(maven).containsSubsequence("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=5000");
		// G1 collects an idle Maven every 5 s and then keeps at most a tenth of its heap
		// free: the build's heap is given back while the local run waits.
		assertThat(maven).contains("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=5000", "-XX:MinHeapFreeRatio=10",
				"-XX:MaxHeapFreeRatio=10");
		String launcher = Files.readString(Path.of("pom.xml"));
		launcher = launcher.substring(launcher.indexOf("<id>run-local-platform</id>"));
		assertThat(launcher.substring(0, launcher.indexOf("</arguments>"))).containsSubsequence(
				"<argument>-XX:+IgnoreUnrecognizedVMOptions</argument>",
				"<argument>-XX:TrimNativeHeapInterval=5000</argument>",
				"<argument>uk.gov.dorsetcouncil.edu.local.LocalPlatform</argument>");
	}

}
