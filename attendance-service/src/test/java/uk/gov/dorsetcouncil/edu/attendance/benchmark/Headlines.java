package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's headline figures beside their targets (issue 11), written at the end to
 * {@code target/benchmark-results.properties} so that the platform benchmark (deploy's
 * {@code PlatformBenchmark}) reports them with its own when both run in one command: one
 * line a figure, {@code key=name|measured|target|verdict}, the verdict a ratio at least 1
 * when met and negative when missed.
 */
final class Headlines {

	private static final Map<String, String> FIGURES = new LinkedHashMap<>();

	private Headlines() {
	}

	/** A figure that should be at most {@code target}. */
	static void atMost(String key, String name, double measured, double target, String unit) {
		double verdict = (measured <= target) ? target / Math.max(measured, 1e-9) : -(measured / target);
		put(key, name, measured, "<= %s %s".formatted(number(target), unit), verdict, unit);
	}

	/** A figure that should be at least {@code target}. */
	static void atLeast(String key, String name, double measured, double target, String unit) {
		double verdict = (measured >= target) ? measured / target : -(target / Math.max(measured, 1e-9));
		put(key, name, measured, ">= %s %s".formatted(number(target), unit), verdict, unit);
	}

	/** A figure with no target of its own. */
	static void note(String key, String name, double measured, String unit) {
		FIGURES.put(key, String.join("|", name, number(measured) + " " + unit, "", ""));
	}

	private static void put(String key, String name, double measured, String target, double verdict, String unit) {
		FIGURES.put(key, String.join("|", name, number(measured) + " " + unit, target,
				String.format(Locale.ROOT, "%.3f", verdict)));
	}

	private static String number(double value) {
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
	}

	static void write() {
		Path file = Path.of(System.getProperty("bench.results", "target/benchmark-results.properties"));
		StringBuilder text = new StringBuilder("# attendance-service benchmark headlines\n");
		FIGURES.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println("headline figures written to " + file.toAbsolutePath());
	}

}
