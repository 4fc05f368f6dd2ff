package uk.gov.dorsetcouncil.edu.local;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The whole platform with the demo loaded, started once per test run and shared by the
 * end-to-end classes that drive it through the gateway: a class is
 * {@code @ExtendWith(SharedPlatform.class)} and takes a {@link Running} parameter in its
 * {@code @BeforeAll}.
 *
 * <p>
 * Starting six applications and loading the demo takes most of a minute on a busy 2-core
 * machine; every class doing it for itself made the deploy module most of the test
 * command's time. The platform is kept in the root context's store, so JUnit closes it
 * (SIGTERM to each application) once the last class has run. Classes that kill or restart
 * applications while writing start their own ({@link CrashRecoveryIT}). A class that
 * shares it must not depend on what the others did: it compares with what it read before,
 * or works on records of its own.
 */
final class SharedPlatform implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

	/** Under target, so that the applications' logs stay for reading after a failure. */
	private static final Path DATA_DIR = Path.of("target", "shared-platform");

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Running.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Running.class, (key) -> Running.start(), Running.class);
	}

	/** The running platform, and what the demo's first load into it reported. */
	static final class Running implements AutoCloseable {

		private LocalPlatform platform;

		private final DemoLoader.Loaded firstLoad;

		private Running(LocalPlatform platform, DemoLoader.Loaded firstLoad) {
			this.platform = platform;
			this.firstLoad = firstLoad;
		}

		private static Running start() {
			Path root = Path.of(System.getProperty("dorset.root", "..")).toAbsolutePath();
			LocalPlatform platform = null;
			try {
				FileSystemUtils.deleteRecursively(DATA_DIR);
				platform = LocalPlatform.start(settings(LocalPlatform.Settings.freePorts(root, DATA_DIR)));
				DemoLoader.Loaded loaded = new DemoLoader(platform.gatewayUrl(), platform.issuer()).load(County.demo());
				return new Running(platform, loaded);
			}
			catch (Exception ex) {
				if (platform != null) {
					platform.close();
				}
				throw new IllegalStateException("The shared platform did not start; see " + DATA_DIR.resolve("logs"),
						ex);
			}
		}

		/**
		 * The classes together send thousands of requests as each persona within a few
		 * minutes (the hostile sweep alone some seven thousand): the personas' rate
		 * limits out of the way. No class sharing the platform tests the limits.
		 */
		private static LocalPlatform.Settings settings(LocalPlatform.Settings settings) {
			for (String persona : Persona.ALL.keySet()) {
				settings = settings.withProperty("gateway", "dorset.gateway.rate-limit.clients.local-dev-" + persona,
						"100000000");
			}
			return settings;
		}

		LocalPlatform platform() {
			return this.platform;
		}

		/** The demo's load into the empty platform (nothing was there before it). */
		DemoLoader.Loaded firstLoad() {
			return this.firstLoad;
		}

		/**
		 * Stops every application as Ctrl-C does and starts them all again on the same
		 * data, on fresh ports and with a new development issuer; classes that run after
		 * take the restarted platform.
		 */
		LocalPlatform restart() throws Exception {
			LocalPlatform.Settings before = this.platform.settings();
			this.platform.close();
			this.platform = null;
			LocalPlatform.Settings fresh = LocalPlatform.Settings.freePorts(before.root(), before.dataDir());
			this.platform = LocalPlatform.start(new LocalPlatform.Settings(fresh.root(), fresh.dataDir(),
					fresh.issuerPort(), fresh.services(), before.sizing(), before.properties()));
			return this.platform;
		}

		@Override
		public void close() {
			if (this.platform != null) {
				this.platform.close();
			}
		}

	}

}
