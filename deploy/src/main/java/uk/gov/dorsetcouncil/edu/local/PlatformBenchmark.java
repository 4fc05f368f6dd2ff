package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's benchmark, in one run on this machine: the README's run command (memory
 * and time to healthy), then the same routed read measured directly against the
 * attendance service, through nginx and through the gateway (authentication, rate limits,
 * agreements and audit on) at 1, 16 and 64 connections, the gateway's child profile at
 * 100 concurrent users, and the area figures through the gateway; ingestion and the
 * county's figures come from the attendance service's own benchmark when it ran in the
 * same command. Each figure is written beside its target (issue 11), met or missed by how
 * much: {@code deploy/target/benchmark-report.md}.
 *
 * <p>
 * Started by {@code ./mvnw -q -Pbenchmark verify} (docs/benchmarks.md). Rounds alternate
 * the three paths so that a busy moment of a shared machine falls on all of them; the
 * figures quoted are medians over the rounds.
 */
public final class PlatformBenchmark {

	/** The persona whose reads are measured, and whose client's rate limit is raised. */
	private static final String PERSONA = "la-inclusion-officer";

	private final Path root;

	private final Path work;

	private final int rounds;

	private final Duration each;

	private final boolean profile;

	private final Report report = new Report();

	private PlatformBenchmark(Path root, Path work, int rounds, Duration each, boolean profile) {
		this.root = root;
		this.work = work;
		this.rounds = rounds;
		this.each = each;
		this.profile = profile;
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
		int rounds = Integer.parseInt(option(args, "--rounds", "3"));
		Duration each = Duration.ofSeconds(Long.parseLong(option(args, "--seconds", "10")));
		Path out = Path.of(option(args, "--out", root.resolve("deploy/target/benchmark-report.md").toString()));
		boolean profile = Boolean.parseBoolean(option(args, "--profile", "false"));
		Path work = Files.createTempDirectory("dorset-benchmark");
		DebianPackages.ensureInstalled();
		PlatformBenchmark benchmark = new PlatformBenchmark(root, work, rounds, each, profile);
		benchmark.localRun();
		benchmark.routedAndAggregated();
		benchmark.attendanceFigures(root.resolve("attendance-service/target/benchmark-results.properties"));
		String text = benchmark.report.markdown(machine(), rounds, each);
		Files.createDirectories(out.getParent());
		Files.writeString(out, text, StandardCharsets.UTF_8);
		System.out.println(text);
		System.out.println("Written to " + out);
		System.exit(0);
	}

	private void localRun() throws IOException, InterruptedException {
		System.out.println("The run command, from an empty data folder ...");
		LocalRunFootprint.Measured run = LocalRunFootprint.measure(this.root, this.work.resolve("local-run"),
				Duration.ofSeconds(20));
		this.report.section("Local run (`./mvnw -q -Plocal package`, demo loaded)");
		run.processes()
			.forEach((name, mib) -> this.report.figure("resident: " + name, "%.0f MiB".formatted(mib), "", null));
		this.report.figure("resident, all processes", "%.0f MiB".formatted(run.totalMib()), "< 1,536 MiB",
				run.totalMib() < 1536 ? 1536 / run.totalMib() : -run.totalMib() / 1536);
		this.report.figure("healthy after", "%.1f s".formatted(run.healthySeconds()), "< 30 s",
				ratio(30, run.healthySeconds(), false));
		this.report.figure("demo loaded in (after healthy)", "%.1f s".formatted(run.loadedSeconds()), "", null);
	}

	private void routedAndAggregated() throws Exception {
		LocalPlatform.Settings settings = LocalPlatform.Settings.freePorts(this.root, this.work.resolve("platform"))
			.withSizing(JvmSizing.BENCHMARK)
			// Rate limits stay on, with this client's raised out of the measurement's
			// way.
			.withProperty("gateway", "dorset.gateway.rate-limit.clients.local-dev-" + PERSONA, "100000000");
		System.out.println("Starting the platform for measuring (full JIT, free ports) ...");
		try (LocalPlatform platform = LocalPlatform.start(settings)) {
			County county = County.demo();
			new DemoLoader(platform.gatewayUrl(), platform.issuer()).load(county);
			String token = platform.issuer().tokenFor(PERSONA, null);
			String upn = county.pupilsOnRollBy(county.schools().get(0)).get(0).upn();
			String read = "/api/v1/attendance/pupils/" + upn + "/attendance";
			Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
			Map<String, String> asTheGatewaySends = callerHeaders(token);
			Wrk wrk = new Wrk(this.work);
			try (NginxProxy nginx = NginxProxy.start(this.work.resolve("nginx"), LocalPlatform.freePort(),
					URI.create(platform.restUrl("attendance")).getAuthority())) {
				Map<String, Target> paths = new LinkedHashMap<>();
				paths.put("direct", new Target(platform.restUrl("attendance") + read, asTheGatewaySends));
				paths.put("nginx", new Target(nginx.url(read), asTheGatewaySends));
				paths.put("gateway", new Target(platform.gatewayUrl() + read, bearer));
				System.out.println("Warming up ...");
				for (Target target : paths.values()) {
					wrk.run(target.url(), target.headers(), 16, this.each);
				}
				for (int connections : List.of(1, 16, 64)) {
					routedRead(wrk, paths, connections);
				}
				if (this.profile) {
					profileGateway(platform, wrk, paths.get("gateway"));
				}
			}
			Target profile = new Target(platform.gatewayUrl() + "/api/v1/children/" + upn + "/profile", bearer);
			wrk.run(profile.url(), profile.headers(), 100, this.each);
			List<Wrk.Result> profiles = repeat(() -> wrk.run(profile.url(), profile.headers(), 100, this.each));
			this.report.section("Child profile through the gateway, 100 concurrent users");
			this.report.figure("p95", ms(median(profiles, Wrk.Result::p95)), "<= 25 ms",
					ratio(25, median(profiles, Wrk.Result::p95), false));
			this.report.figure("throughput", rps(median(profiles, Wrk.Result::perSecond)), "", null);
			areaFigures(wrk, platform.gatewayUrl(), bearer);
		}
	}

	private void routedRead(Wrk wrk, Map<String, Target> paths, int connections) throws Exception {
		Map<String, List<Wrk.Result>> results = new LinkedHashMap<>();
		for (int round = 0; round < this.rounds; round++) {
			for (Map.Entry<String, Target> path : paths.entrySet()) {
				Wrk.Result result = wrk.run(path.getValue().url(), path.getValue().headers(), connections, this.each);
				if (!result.clean()) {
					throw new IllegalStateException(path.getKey() + " at " + connections + " connections answered "
							+ result.notOk() + " non-2xx and " + result.socketErrors() + " socket errors");
				}
				results.computeIfAbsent(path.getKey(), key -> new ArrayList<>()).add(result);
			}
		}
		this.report.section("Routed read `GET /api/v1/attendance/pupils/{upn}/attendance`, " + connections
				+ " connection" + (connections == 1 ? "" : "s"));
		double nginx = median(results.get("nginx"), Wrk.Result::perSecond);
		double gateway = median(results.get("gateway"), Wrk.Result::perSecond);
		results.forEach((path, list) -> this.report.figure(path,
				"%s, p50 %s, p99 %s (rounds: %s)".formatted(rps(median(list, Wrk.Result::perSecond)),
						ms(median(list, Wrk.Result::p50)), ms(median(list, Wrk.Result::p99)),
						String.join(", ", list.stream().map(r -> "%.0f".formatted(r.perSecond())).toList())),
				"", null));
		if (connections == 1) {
			double overhead = median(results.get("gateway"), Wrk.Result::p50)
					- median(results.get("direct"), Wrk.Result::p50);
			this.report.figure("gateway's median overhead over direct", ms(overhead), "<= 1 ms",
					ratio(1, overhead, false));
		}
		else {
			this.report.figure("gateway / nginx throughput", "%.2fx".formatted(gateway / nginx), ">= 1.00x",
					ratio(nginx, gateway, true));
		}
	}

	/**
	 * The gateway's top frames while it serves the routed read at 16 connections
	 * ({@code -Dbench.profile=true}); the recording is kept beside the report.
	 */
	private void profileGateway(LocalPlatform platform, Wrk wrk, Target gateway) throws Exception {
		Path file = this.root.resolve("deploy/target/gateway-routed-read.jfr");
		Wrk.Result result;
		try (FlightRecording recording = FlightRecording.start(platform.pid("gateway"), file)) {
			result = wrk.run(gateway.url(), gateway.headers(), 16, this.each);
		}
		this.report.section("The gateway's profile, routed read at 16 connections (JFR, `" + this.root.relativize(file)
				+ "`, " + rps(result.perSecond()) + " while recording)");
		this.report.note(FlightRecording.topFrames(file, 15).markdown());
	}

	private void areaFigures(Wrk wrk, String gateway, Map<String, String> bearer) throws Exception {
		Map<String, String> reads = new LinkedHashMap<>();
		reads.put("LA summary, 11 dimensions (`/attendance/measures/local-authority`)",
				"/api/v1/attendance/measures/local-authority?by=LOCALITY,PHASE,FSM,SEN_PROVISION,SOCIAL_CARE,"
						+ "EVER_SOCIAL_WORKER,ETHNICITY,GYPSY_ROMA_TRAVELLER,SEX,YEAR_GROUP,YOUNG_CARER");
		reads.put("LA dashboard with alert counts (`/dashboards/local-authority`)",
				"/api/v1/dashboards/local-authority");
		reads.put("county alert list, first page (`/attendance/alerts`)", "/api/v1/attendance/alerts");
		this.report.section("Area figures through the gateway, demo data, one connection");
		for (Map.Entry<String, String> read : reads.entrySet()) {
			Wrk.Result result = wrk.run(gateway + read.getValue(), bearer, 1, this.each);
			if (!result.clean()) {
				throw new IllegalStateException(read.getValue() + " answered " + result.notOk() + " non-2xx");
			}
			this.report.figure(read.getKey(), "p50 %s, p95 %s".formatted(ms(result.p50()), ms(result.p95())), "", null);
		}
	}

	/**
	 * The attendance service's own benchmark (ingestion, the county's figures over gRPC)
	 * writes its headline figures beside its jar when it runs in the same command.
	 */
	private void attendanceFigures(Path results) throws IOException {
		this.report.section("Attendance at county and national scale (attendance-service benchmark)");
		if (!Files.isRegularFile(results)) {
			this.report.note("Not run in this command: `./mvnw -q -Pbenchmark verify` runs it (the attendance "
					+ "service's `benchmark` profile) before this one.");
			return;
		}
		this.report.note("Measured by the attendance service's benchmark at "
				+ Files.getLastModifiedTime(results).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
				+ " (`" + this.root.relativize(results) + "`).\n");
		Properties figures = new Properties();
		try (var in = Files.newInputStream(results)) {
			figures.load(in);
		}
		for (String key : figures.stringPropertyNames().stream().sorted().toList()) {
			String[] parts = figures.getProperty(key).split("\\|", -1);
			this.report.figure(parts[0], parts[1], parts.length > 2 ? parts[2] : "",
					parts.length > 3 && !parts[3].isBlank() ? Double.valueOf(parts[3]) : null);
		}
	}

	private List<Wrk.Result> repeat(Run run) throws Exception {
		List<Wrk.Result> results = new ArrayList<>();
		for (int round = 0; round < this.rounds; round++) {
			results.add(run.once());
		}
		return results;
	}

	/** The caller headers the gateway sends for this token's caller. */
	private static Map<String, String> callerHeaders(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		JsonNode claims = JsonMapper.shared().readTree(payload);
		List<String> roles = new ArrayList<>();
		claims.path("roles").forEach(role -> roles.add(role.asString()));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("x-dorset-subject", claims.path("sub").asString());
		headers.put("x-dorset-client", claims.path("client_id").asString());
		headers.put("x-dorset-organisation", claims.path("org").asString());
		headers.put("x-dorset-roles", String.join(" ", roles));
		headers.put("x-dorset-scopes", claims.path("scope").asString());
		return headers;
	}

	static double median(List<Wrk.Result> results, ToDoubleFunction<Wrk.Result> figure) {
		double[] values = results.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	/**
	 * How far a figure is from its target: at least 1 when met (by how much), negative
	 * when missed (how many times over or under).
	 */
	static double ratio(double target, double actual, boolean higherIsBetter) {
		if (higherIsBetter) {
			return actual >= target ? actual / target : -(target / actual);
		}
		if (actual <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		return actual <= target ? target / actual : -(actual / target);
	}

	private static String ms(double millis) {
		return "%.2f ms".formatted(millis);
	}

	private static String rps(double perSecond) {
		return "%,.0f req/s".formatted(perSecond);
	}

	private static String machine() throws IOException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter(line -> line.startsWith("model name"))
			.findFirst()
			.map(line -> line.substring(line.indexOf(':') + 1).trim())
			.orElse("unknown CPU");
		String load = Files.readString(Path.of("/proc/loadavg")).trim();
		return "%d cores (%s), %d GiB, Java %s; load average at the end: %s".formatted(
				Runtime.getRuntime().availableProcessors(), cpu,
				Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
					.getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)),
				Runtime.version(), load);
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	private record Target(String url, Map<String, String> headers) {

	}

	@FunctionalInterface
	private interface Run {

		Wrk.Result once() throws Exception;

	}

	/** The report: figures beside their targets, in sections. */
	static final class Report {

		private final StringBuilder body = new StringBuilder();

		private boolean tableOpen;

		void section(String title) {
			this.body.append("\n### ").append(title).append("\n\n");
			this.tableOpen = false;
		}

		void note(String text) {
			this.body.append(text).append("\n");
		}

		/**
		 * @param verdict from {@link PlatformBenchmark#ratio}: null when the figure has
		 * no target
		 */
		void figure(String name, String measured, String target, Double verdict) {
			if (!this.tableOpen) {
				this.body.append("| Figure | Measured | Target | |\n|---|---|---|---|\n");
				this.tableOpen = true;
			}
			String judged = (verdict == null) ? ""
					: (verdict >= 1) ? "met (%.2fx)".formatted(verdict) : "**missed** (%.2fx)".formatted(-verdict);
			this.body.append("| ")
				.append(name)
				.append(" | ")
				.append(measured)
				.append(" | ")
				.append(target)
				.append(" | ")
				.append(judged)
				.append(" |\n");
		}

		String markdown(String machine, int rounds, Duration each) {
			return "## Platform benchmark, " + LocalDate.now() + "\n\n" + machine + ". " + rounds + " rounds of "
					+ each.toSeconds() + " s per figure, medians quoted.\n" + this.body;
		}

	}

}
