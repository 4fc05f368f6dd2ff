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

import uk.gov.dorsetcouncil.edu.synthetic.Scale;

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
	 * @param sizing how the JVMs are sized and compiled
	 * @param properties extra system properties per service name ({@code -Dname=value})
	 */
	public record Settings(Path root, Path dataDir, int issuerPort, List<Service> services, JvmSizing sizing,
			Map<String, List<String>> properties) {

		public Settings {
			properties = Map.copyOf(properties);
		}

		public Settings(Path root, Path dataDir, int issuerPort, List<Service> services) {
			this(root, dataDir, issuerPort, services, JvmSizing.DEMO, Map.of());
		}

		/** Whether the attendance service is sized for a whole county. */
		boolean countySized() {
			return this.sizing.countySized();
		}

		/** The same, sized otherwise. */
		public Settings withSizing(JvmSizing sizing) {
			return new Settings(this.root, this.dataDir, this.issuerPort, this.services, sizing, this.properties);
		}

		/** The same, with a system property added for one service. */
		public Settings withProperty(String service, String name, String value) {
			Map<String, List<String>> more = new LinkedHashMap<>(this.properties);
			List<String> list = new ArrayList<>(more.getOrDefault(service, List.of()));
			list.add("-D" + name + "=" + value);
			more.put(service, List.copyOf(list));
			return new Settings(this.root, this.dataDir, this.issuerPort, this.services, this.sizing, more);
		}

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

		/** The same, with only the named applications (a test of one or two). */
		public Settings only(String... names) {
			return new Settings(this.root, this.dataDir, this.issuerPort,
					List.of(names).stream().map(this::service).toList(), this.sizing, this.properties);
		}

		/** Whether every standard application is here. */
		boolean whole() {
			return this.services.size() == standard(this.root, this.dataDir).services().size();
		}

		Service service(String name) {
			return this.services.stream()
				.filter(s -> s.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no service " + name));
		}

	}

	private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(180);

	/**
	 * A county-sized attendance store rebuilds its read model at start-up (a full year on
	 * the H2 file: about a minute and a half on a busy 2-core machine).
	 */
	private static final Duration HEALTHY_WITHIN_COUNTY = Duration.ofMinutes(10);

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
		DevTokenIssuer issuer = DevTokenIssuer.start(settings.issuerPort(), Clock.systemUTC(),
				PartnerClient.standard());
		LocalPlatform platform = new LocalPlatform(settings, issuer);
		try {
			Files.createDirectories(settings.dataDir().resolve("logs"));
			issuer.writeClientSecrets(platform.clientSecretsFile());
			if (settings.services().stream().anyMatch(s -> s.name().equals("gateway"))) {
				issuer.registerBrowserClient(DASHBOARD_CLIENT, platform.dashboardRedirectUris());
			}
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

	/**
	 * The dashboard's client at the development issuer (the gateway's default client id).
	 */
	static final String DASHBOARD_CLIENT = "dorset-dashboard";

	/**
	 * Where the issuer may send a signed-in viewer back: the gateway's sign-in callback,
	 * under either name of loopback a browser may have opened it with.
	 */
	List<String> dashboardRedirectUris() {
		int port = this.settings.service("gateway").port();
		return List.of("http://127.0.0.1:" + port + "/login/oauth2/code/dashboard",
				"http://localhost:" + port + "/login/oauth2/code/dashboard");
	}

	/** The dashboard's address (ADR 0033). */
	public String dashboardUrl() {
		return gatewayUrl() + "/dashboard";
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

	/** Where the partner clients' secrets are, readable by the owner only. */
	public Path clientSecretsFile() {
		return this.settings.dataDir().resolve("client-secrets.properties");
	}

	String restUrl(String service) {
		return "http://127.0.0.1:" + this.settings.service(service).port();
	}

	String grpcAddress(String service) {
		return "127.0.0.1:" + this.settings.service(service).grpcPort();
	}

	private void launch(Service service) throws IOException {
		Path jar = this.settings.root().resolve(service.module()).resolve("target").resolve(service.jarName());
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build first (./mvnw -Plocal package does both)");
		}
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(this.settings.sizing().options(service.name(), Runtime.version().feature()));
		command.add("-Dserver.port=" + service.port());
		command.add("-Ddorset.mongo.data-dir=" + this.settings.dataDir().toAbsolutePath());
		if (service.grpcPort() != 0) {
			command.add("-Dspring.grpc.server.port=" + service.grpcPort());
		}
		command.addAll(wiring(service));
		command.addAll(this.settings.properties().getOrDefault(service.name(), List.of()));
		command.addAll(List.of("-jar", jar.toString()));
		Path log = this.settings.dataDir().resolve("logs").resolve(service.name() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("MALLOC_ARENA_MAX", JvmSizing.MALLOC_ARENAS);
		Process process = builder.start();
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
			// The gateway is ready once it has reached the services it aggregates over:
			// those of them this run starts.
			properties.add("-Ddorset.gateway.readiness.channels=" + String.join(",",
					this.settings.services()
						.stream()
						.map(Service::name)
						.filter(List.of("attendance", "belonging", "send", "transport")::contains)
						.toList()));
			properties.add("-Ddorset.security.jwks-uri=" + this.issuer.jwksUri());
			properties.add("-Ddorset.security.issuer=" + this.issuer.issuer());
			// The development issuer serves its keys over plain http on loopback: allowed
			// here only.
			properties.add("-Ddorset.security.allow-plain-http-jwks=true");
			// The dashboard signs viewers in at the development issuer (ADR 0033).
			properties.add("-Dspring.security.oauth2.client.provider.dashboard.authorization-uri="
					+ this.issuer.issuer() + "/authorize");
			properties
				.add("-Dspring.security.oauth2.client.provider.dashboard.token-uri=" + this.issuer.issuer() + "/token");
		}
		return properties;
	}

	/**
	 * Every application's JVM, then this one, collects and gives back the heap it holds
	 * free ({@link IdleHeaps}); returns the pids of those that could not be asked.
	 */
	public List<Long> giveBackIdleHeaps() throws IOException, InterruptedException {
		return IdleHeaps.giveBack(this.processes.values().stream().filter(Process::isAlive).map(Process::pid).toList());
	}

	/** The operating system's process id of a running application. */
	public long pid(String name) {
		return this.processes.get(this.settings.service(name)).pid();
	}

	/**
	 * Kills the named applications at once, as a crash would: SIGKILL on Linux and macOS
	 * ({@link Process#destroyForcibly()}), no shutdown hook, nothing flushed.
	 */
	public void kill(String... names) throws InterruptedException {
		List<Process> killed = new ArrayList<>();
		for (String name : names) {
			Process process = this.processes.get(this.settings.service(name));
			process.destroyForcibly();
			killed.add(process);
		}
		for (Process process : killed) {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("a killed process did not stop: " + process.pid());
			}
		}
	}

	/**
	 * Starts the named applications again on the same ports and data folder (after
	 * {@link #kill}) and returns once they are healthy.
	 */
	public void restart(String... names) throws IOException, InterruptedException {
		List<Service> services = List.of(names).stream().map(this.settings::service).toList();
		for (Service service : services) {
			if (this.processes.get(service).isAlive()) {
				throw new IllegalStateException(service.name() + " is still running");
			}
			launch(service);
		}
		awaitHealthy(services);
	}

	private void awaitHealthy() throws InterruptedException {
		awaitHealthy(this.settings.services());
	}

	private void awaitHealthy(List<Service> services) throws InterruptedException {
		Duration within = this.settings.countySized() ? HEALTHY_WITHIN_COUNTY : HEALTHY_WITHIN;
		Instant deadline = Instant.now().plus(within);
		List<Service> waiting = new ArrayList<>(services);
		while (!waiting.isEmpty()) {
			for (Service service : List.copyOf(waiting)) {
				Process process = this.processes.get(service);
				if (!process.isAlive()) {
					throw new IllegalStateException(service.name() + " stopped while starting (exit "
							+ process.exitValue() + "); see " + logOf(service) + "; it ends:\n" + tail(logOf(service)));
				}
				if (healthy(service)) {
					waiting.remove(service);
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Not healthy within " + within.toSeconds() + " s: "
						+ waiting.stream().map(Service::name).toList() + "; see the logs in "
						+ this.settings.dataDir().resolve("logs"));
			}
			if (!waiting.isEmpty()) {
				Thread.sleep(250);
			}
		}
	}

	private boolean healthy(Service service) {
		// The gateway's /health is up only when every service is: with some of them, its
		// own readiness.
		String path = (service.name().equals("gateway") && this.settings.whole()) ? "/health"
				: "/actuator/health/readiness";
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

	/**
	 * A port free now, below Linux's ephemeral range (32768-60999): a port the kernel
	 * hands out to outgoing connections could be taken by one of them (a test's client, a
	 * build on the same machine) between this choice and the service binding it, or
	 * before a restart binds it again. Each port is handed out once per JVM.
	 */
	static int freePort() {
		for (int attempt = 0; attempt < 200; attempt++) {
			int port = LOW_PORTS_FROM + RANDOM.nextInt(LOW_PORTS_TO - LOW_PORTS_FROM);
			if (HANDED_OUT.add(port) && bindable(port)) {
				return port;
			}
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The last lines of a log, for a failure's message (its folder may not outlive it).
	 */
	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return true;
		}
		catch (IOException taken) {
			return false;
		}
	}

	private static final int LOW_PORTS_FROM = 20_000;

	private static final int LOW_PORTS_TO = 32_000;

	private static final java.util.Random RANDOM = new java.util.Random();

	private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * {@code LocalPlatform [--root DIR] [--data-dir DIR] [--scale demo|dorset] [--no-demo]}:
	 * starts the platform, loads the generated county on first start (the demo scale
	 * through the gateway; the full county straight into the services, registers through
	 * gRPC {@code StreamMarks}), prints where to go, and runs until Ctrl-C.
	 */
	public static void main(String[] args) throws Exception {
		Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
		Scale scale = Scale.named(option(args, "--scale", "demo"));
		boolean demo = scale == Scale.DEMO;
		if (!demo && scale != Scale.DORSET) {
			throw new IllegalArgumentException("the local run loads the demo or dorset scale, not " + scale.name());
		}
		// The county has its own store, so that a demo run's data is never mistaken for
		// it.
		Path defaultData = demo ? root.resolve("data") : root.resolve("data").resolve(scale.name());
		String dataOption = option(args, "--data-dir", "");
		Path dataDir = Path.of(dataOption.isBlank() ? defaultData.toString() : dataOption).toAbsolutePath();
		Instant started = Instant.now();
		System.out.println("Starting the Dorset Education Platform (data in " + dataDir + ") ...");
		// The schools asked for workforce figures are the scale's (the "of M" in "N of M
		// schools", ADR 0046).
		Settings settings = Settings.standard(root, dataDir)
			.withProperty("pledge", "dorset.pledge.workforce.schools-expected",
					Integer.toString(scale.schools().apply(County.SEED).size()));
		LocalPlatform platform = start(demo ? settings : settings.withSizing(JvmSizing.COUNTY));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping the platform ...");
			platform.close();
			System.out.println("Stopped.");
		}, "local-platform-shutdown"));
		Duration healthyAfter = Duration.between(started, Instant.now());
		System.out.printf("All six applications healthy after %.1f s.%n", healthyAfter.toMillis() / 1000.0);
		String banner = loadAndDescribe(platform, scale, !List.of(args).contains("--no-demo"));
		// The generated county and the load's buffers are garbage now (the county is
		// not kept for the banner), and the services' heaps hold what the load grew:
		// every JVM of the run collects and gives back its free heap while it waits.
		List<Long> kept = platform.giveBackIdleHeaps();
		if (!kept.isEmpty()) {
			System.out.println("(Processes " + kept + " could not be asked by jcmd to give back their free heap.)");
		}
		System.out.println(banner);
		Thread.currentThread().join();
	}

	/**
	 * Generates the county, loads it unless told not to (or it is there already), and
	 * says where to go.
	 */
	private static String loadAndDescribe(LocalPlatform platform, Scale scale, boolean load) throws Exception {
		County county = County.generate(County.SEED, scale);
		if (load) {
			Instant loadStarted = Instant.now();
			if (scale == Scale.DEMO) {
				DemoLoader.Loaded loaded = new DemoLoader(platform.gatewayUrl(), platform.issuer()).load(county);
				if (loaded.alreadyThere()) {
					System.out.println("Demo data already loaded (kept from the last run).");
				}
				else {
					System.out.printf(
							"Demo data loaded in %.1f s: %d schools, %d INSET days, %d pupils, %d registers (%d marks), "
									+ "%d EHC plans, %d suspensions and exclusions, %d part-time timetables.%n",
							Duration.between(loadStarted, Instant.now()).toMillis() / 1000.0, loaded.schools(),
							loaded.closures(), loaded.pupils(), loaded.registers(), loaded.marks(), loaded.plans(),
							loaded.exclusions(), loaded.partTimeTimetables());
				}
			}
			else {
				loadCounty(platform, county, loadStarted);
			}
		}
		return banner(platform, county);
	}

	/**
	 * Loads the county unless a finished load is recorded in the data folder. An
	 * interrupted load is simply run again: every write is idempotent.
	 */
	private static void loadCounty(LocalPlatform platform, County county, Instant loadStarted) throws Exception {
		Path done = platform.settings().dataDir().resolve("county-loaded");
		if (Files.exists(done)) {
			System.out.println(
					"The county is already loaded (kept from the last run: " + Files.readString(done).trim() + ").");
			return;
		}
		CountyLoader loader = new CountyLoader(platform.restUrl("attendance"), platform.grpcAddress("attendance"),
				platform.restUrl("send"), 6);
		System.out.printf("Loading the %s scale (%d schools, %s) ...%n", county.scale().name(), county.schools().size(),
				county.scale().year().label());
		CountyLoader.Loaded loaded = loader.load(county, line -> System.out.println("  " + line));
		new DemoLoader(platform.gatewayUrl(), platform.issuer()).loadAgreements();
		String summary = String.format("%d schools, %d INSET days, %d pupils, %,d marks, %d EHC plans",
				loaded.schools(), loaded.closures(), loaded.pupils(), loaded.marks(), loaded.plans());
		Files.writeString(done, county.scale().name() + " seed " + county.data().seed() + ": " + summary + "\n");
		System.out.printf("County loaded in %.1f s: %s.%n",
				Duration.between(loadStarted, Instant.now()).toMillis() / 1000.0, summary);
	}

	static String banner(LocalPlatform platform, County county) {
		String gateway = platform.gatewayUrl();
		String issuer = platform.issuer().issuer();
		String urn = county.schools().get(0).urn();
		String upn = county.pupilsOnRollBy(county.schools().get(0)).get(0).upn();
		String year = (county.scale() == Scale.DEMO) ? "" : "?year=" + county.scale().year().label();
		return """

				Gateway:        %1$s   (health: %1$s/health)
				Dashboard:      %1$s/dashboard   (sign in by picking a persona)
				Token issuer:   %2$s   (local run only; personas: %2$s/personas, clients: %2$s/clients)

				Get a token and ask for a pupil's attendance:
				  TOKEN=$(curl -s -X POST %2$s/token -d persona=la-inclusion-officer | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
				  curl -s -H "Authorization: Bearer $TOKEN" %1$s/api/v1/attendance/pupils/%3$s/attendance
				  curl -s -H "Authorization: Bearer $TOKEN" '%1$s/api/v1/attendance/measures/local-authority%7$s'

				Personas: school-attendance-lead (school %4$s; add -d school=URN for another),
				          locality-inclusion-officer (CHESIL; add -d locality=NAME for another),
				          la-inclusion-officer, send-caseworker, ... (see /personas)
				Partner systems (client credentials: -d grant_type=client_credentials -d client_id=ID -d client_secret=SECRET):
				          secrets in %5$s (new at every start)
				Logs: %6$s
				Press Ctrl-C to stop.
				"""
			.formatted(gateway, issuer, upn, urn, platform.clientSecretsFile(),
					platform.settings().dataDir().resolve("logs"), year);
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
