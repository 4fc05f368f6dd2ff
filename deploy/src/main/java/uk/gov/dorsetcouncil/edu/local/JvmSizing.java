package uk.gov.dorsetcouncil.edu.local;

import java.util.ArrayList;
import java.util.List;

/**
 * How the platform's JVMs are sized and compiled on one machine.
 *
 * <p>
 * A JVM left to its defaults on a 24 GB machine starts with a heap of a sixty-fourth of
 * memory (384 MB) and fills its young generation before it first collects, so each
 * service held about 270 MB resident with the demo loaded and the local run 2.3 GB in
 * all. Heaps that start small and give memory back ({@code -Xms}, the free ratios), a
 * small young generation, smaller thread stacks, compact object headers (JDK 25), fewer
 * malloc arenas trimmed as they empty and Netty without its pools bring a small service
 * to about 195 MB and the local run under 1.5 GiB without slowing the demo's load
 * (docs/benchmarks.md, "Local run memory").
 */
public enum JvmSizing {

	/**
	 * The demo: quick start-up (the C1 compiler only) and a small footprint; every heap
	 * starts small and grows as needed.
	 */
	DEMO("256m", false, false),

	/**
	 * A whole county held in the attendance service's read model: a large heap and the
	 * full JIT there (a county load runs long enough for it to pay for itself).
	 */
	COUNTY("1536m", true, false),

	/**
	 * Measuring throughput and latency: the full JIT everywhere, as a production pod
	 * runs.
	 */
	BENCHMARK("512m", true, true);

	/** Heap ceilings of the gateway and of the smaller services. */
	private static final String GATEWAY_HEAP = "256m";

	private static final String SERVICE_HEAP = "160m";

	private final String attendanceHeap;

	private final boolean attendanceFullJit;

	private final boolean everyFullJit;

	JvmSizing(String attendanceHeap, boolean attendanceFullJit, boolean everyFullJit) {
		this.attendanceHeap = attendanceHeap;
		this.attendanceFullJit = attendanceFullJit;
		this.everyFullJit = everyFullJit;
	}

	/** Whether the attendance service holds a whole county. */
	boolean countySized() {
		return this == COUNTY;
	}

	/** The options for one service's JVM, before its system properties. */
	List<String> options(String service, int javaFeatureVersion) {
		boolean attendance = service.equals("attendance");
		List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xss256k", "-Xms24m",
				"-Xmx" + (attendance ? this.attendanceHeap : service.equals("gateway") ? GATEWAY_HEAP : SERVICE_HEAP),
				// Give back what a burst (the demo load) took once it is collected:
				// all of it at the first full collection, not over four.
				"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps"));
		if (this == DEMO) {
			// Every page of the young generation is touched between two collections: left
			// to grow with the heap it held 14-29 MB a service once the demo was loaded,
			// mostly garbage; at 8 MB a young collection of it takes a few milliseconds.
			options.add("-Xmn8m");
		}
		if (!(this.everyFullJit || (attendance && this.attendanceFullJit))) {
			options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m"));
		}
		if (javaFeatureVersion >= 22) {
			// glibc keeps what the JVM freed (the start's class parsing, the compilers'
			// arenas, the demo load's buffers) unless asked to give it back; with Netty
			// unpooled below, 53 MiB off the local run (docs/benchmarks.md, "Local run
			// memory").
			options.add("-XX:TrimNativeHeapInterval=5000");
		}
		if (javaFeatureVersion >= 25) {
			// JEP 519: 8-byte object headers, about a tenth less heap for the same data.
			options.add("-XX:+UseCompactObjectHeaders");
		}
		if (this == DEMO && !service.equals("gateway")) {
			// Netty's pooled direct buffers (gRPC's servers and clients) stay at what
			// the demo's load once needed, 4-12 MB a service; the gateway's hot path
			// keeps its pool.
			options.add("-Dio.netty.allocator.type=unpooled");
		}
		return options;
	}

	/**
	 * glibc keeps a malloc arena per core and thread burst; two are plenty for a JVM
	 * whose heap is its own.
	 */
	static final String MALLOC_ARENAS = "2";

}
