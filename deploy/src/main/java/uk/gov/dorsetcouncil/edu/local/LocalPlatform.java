package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on one machine: the development token issuer in this JVM, then the
 * five services and the gateway as child processes, each on its own ports with its own
 * embedded MongoDB file in one data folder (or the MongoDB given by {@code MONGODB_URI}).
 * Waits until every one is healthy; stops them all cleanly on Ctrl-C.
 */
public final class LocalPlatform implements AutoCloseable {

	/** A service of the platform and where it listens. */
	public record Service(String name, String module, int port, int grpcPort) {

		String jarName() {
			return this.module + "-exec.jar";
		}

	}

	/**
	 * @param root the project folder (the services' jars are under
	 * {@code <module>/target})
	 * @param dataDir where the embedded stores and logs live
	 * @param issuerPort the development token issuer's port
	 * @param services the services and the gateway, the gateway last
	 */
	public record Settings(Path root, Path dataDir, int issuerPort, List<Service> services) {

		/**
		 * The documented ports: gateway 8080, services 8081-8085 (gRPC 9081-9085), issuer
		 * 8079.
		 */
		public static Settings standard(Path root, Path dataDir) {
			return new Settings(root, dataDir, 8079,
					List.of(new Service("attendance", "attendance-service", 8081, 9081),
							new Service("belonging", "belonging-service", 8082, 9082),
							new Service("send", "send-service", 8083, 9083),
							new Service("transport", "transport-service", 8084, 9084),
							new Service("pledge", "pledge-service", 8085, 9085),
							new Service("gateway", "gateway", 8080, 0)));
		}

		/** Free ports everywhere, for tests that run beside anything else. */
		public static Settings freePorts(Path root, Path dataDir) {
			List<Service> services = new ArrayList<>();
			for (Service s : standard(root, dataDir).services()) {
				services.add(new Service(s.name(), s.module(), freePort(), s.grpcPort() == 0 ? 0 : freePort()));
			}
			return new Settings(root, dataDir, freePort(), services);
		}

		Service service(String name) {
			return this.services.stream()
				.filter(s -> s.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no service " + name));
		}

	}

	private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(180);

	private final Settings settings;

	private final DevTokenIssuer issuer;

	private final Map<Service, Process> processes = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private LocalPlatform(Settings settings, DevTokenIssuer issuer) {
		this.settings = settings;
		this.issuer = issuer;
	}

	/** Starts everything and returns once all are healthy. */
	public static LocalPlatform start(Settings settings) throws IOException, InterruptedException {
		DevTokenIssuer issuer = DevTokenIssuer.start(settings.issuerPort(), Clock.systemUTC());
		LocalPlatform platform = new LocalPlatform(settings, issuer);
		try {
			Files.createDirectories(settings.dataDir().resolve("logs"));
			for (Service service : settings.services()) {
				platform.launch(service);
			}
			platform.awaitHealthy();
			return platform;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			platform.close();
			throw ex;
		}
	}

	public String gatewayUrl() {
		return "http://127.0.0.1:" + this.settings.service("gateway").port();
	}

	public DevTokenIssuer issuer() {
		return this.issuer;
	}

	public Settings settings() {
		return this.settings;
	}

	private void launch(Service service) throws IOException {
		Path jar = this.settings.root().resolve(service.module()).resolve("target").resolve(service.jarName());
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build first (./mvnw -Plocal package does both)");
		}
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Xss512k", "-Xmx512m", "-Dserver.port=" + service.port(),
				"-Ddorset.mongo.data-dir=" + this.settings.dataDir().toAbsolutePath()));
		if (service.grpcPort() != 0) {
			command.add("-Dspring.grpc.server.port=" + service.grpcPort());
		}
		command.addAll(wiring(service));
		command.addAll(List.of("-jar", jar.toString()));
		Path log = this.settings.dataDir().resolve("logs").resolve(service.name() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		this.processes.put(service, process);
	}

	/**
	 * How each service finds the others, and how the gateway trusts the development
	 * issuer.
	 */
	private List<String> wiring(Service service) {
		List<String> properties = new ArrayList<>();
		for (Service other : this.settings.services()) {
			if (other.grpcPort() != 0) {
				properties.add("-Dspring.grpc.client.channels." + other.name() + ".address=static://127.0.0.1:"
						+ other.grpcPort());
			}
			if (service.name().equals("gateway") && !other.name().equals("gateway")) {
				properties.add("-Ddorset.services." + other.name() + ".rest-url=http://127.0.0.1:" + other.port());
			}
		}
		if (service.name().equals("gateway")) {
			properties.add("-Ddorset.security.jwks-uri=" + this.issuer.jwksUri());
			properties.add("-Ddorset.security.issuer=" + this.issuer.issuer());
			// The development issuer serves its keys over plain http on loopback: allowed
			// here only.
			properties.add("-Ddorset.security.allow-plain-http-jwks=true");
		}
		return properties;
	}

	private void awaitHealthy() throws InterruptedException {
		Instant deadline = Instant.now().plus(HEALTHY_WITHIN);
		List<Service> waiting = new ArrayList<>(this.settings.services());
		while (!waiting.isEmpty()) {
			for (Service service : List.copyOf(waiting)) {
				Process process = this.processes.get(service);
				if (!process.isAlive()) {
					throw new IllegalStateException(service.name() + " stopped while starting (exit "
							+ process.exitValue() + "); see " + logOf(service));
				}
				if (healthy(service)) {
					waiting.remove(service);
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Not healthy within " + HEALTHY_WITHIN.toSeconds() + " s: "
						+ waiting.stream().map(Service::name).toList() + "; see the logs in "
						+ this.settings.dataDir().resolve("logs"));
			}
			if (!waiting.isEmpty()) {
				Thread.sleep(250);
			}
		}
	}

	private boolean healthy(Service service) {
		String path = service.name().equals("gateway") ? "/health" : "/actuator/health/readiness";
		try {
			HttpResponse<Void> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	Path logOf(Service service) {
		return this.settings.dataDir().resolve("logs").resolve(service.name() + ".log");
	}

	/** Stops the children gracefully (SIGTERM, then a wait), then the issuer. */
	@Override
	public void close() {
		List<Service> reversed = new ArrayList<>(this.processes.keySet());
		java.util.Collections.reverse(reversed);
		for (Service service : reversed) {
			this.processes.get(service).destroy();
		}
		for (Service service : reversed) {
			Process process = this.processes.get(service);
			try {
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
		this.processes.clear();
		this.issuer.close();
	}

	static String javaExecutable() {
		// The JDK this launcher runs on (the build's JDK 21+), not whatever `java` is
		// first on the PATH.
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code LocalPlatform [--root DIR] [--data-dir DIR] [--no-demo]}: starts the
	 * platform, loads the demo data on first start, prints where to go, and runs until
	 * Ctrl-C.
	 */
	public static void main(String[] args) throws Exception {
		Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
		Path dataDir = Path.of(option(args, "--data-dir", root.resolve("data").toString())).toAbsolutePath();
		boolean demo = !List.of(args).contains("--no-demo");
		Instant started = Instant.now();
		System.out.println("Starting the Dorset Education Platform (data in " + dataDir + ") ...");
		LocalPlatform platform = start(Settings.standard(root, dataDir));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping the platform ...");
			platform.close();
			System.out.println("Stopped.");
		}, "local-platform-shutdown"));
		Duration healthyAfter = Duration.between(started, Instant.now());
		System.out.printf("All six applications healthy after %.1f s.%n", healthyAfter.toMillis() / 1000.0);
		if (demo) {
			DemoLoader.Loaded loaded = new DemoLoader(platform.gatewayUrl(), platform.issuer()).load(new DemoData(838));
			if (loaded.alreadyThere()) {
				System.out.println("Demo data already loaded (kept from the last run).");
			}
			else {
				System.out.printf(
						"Demo data loaded in %.1f s: %d schools, %d pupils, %d registers (%d marks), %d EHC plans.%n",
						Duration.between(started, Instant.now()).minus(healthyAfter).toMillis() / 1000.0,
						loaded.schools(), loaded.pupils(), loaded.registers(), loaded.marks(), loaded.plans());
			}
		}
		System.out.println(banner(platform));
		Thread.currentThread().join();
	}

	static String banner(LocalPlatform platform) {
		String gateway = platform.gatewayUrl();
		String issuer = platform.issuer().issuer();
		String upn = new DemoData(838).pupilsOf(DemoData.FIRST_SCHOOL_URN).get(0).upn();
		return """

				Gateway:        %1$s   (health: %1$s/health)
				Token issuer:   %2$s   (local run only; personas: %2$s/personas)

				Get a token and ask for a pupil's attendance:
				  TOKEN=$(curl -s -X POST %2$s/token -d persona=la-inclusion-officer | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
				  curl -s -H "Authorization: Bearer $TOKEN" %1$s/api/v1/attendance/pupils/%3$s/attendance

				Personas: school-attendance-lead (school %4$s; add -d school=URN for another),
				          la-inclusion-officer, send-caseworker
				Logs: %5$s
				Press Ctrl-C to stop.
				"""
			.formatted(gateway, issuer, upn, DemoData.FIRST_SCHOOL_URN, platform.settings().dataDir().resolve("logs"));
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
