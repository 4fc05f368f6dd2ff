package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Installs the measuring tools the benchmark needs from Debian's packages when they are
 * missing: {@code apt-get} as root, or through {@code sudo}; otherwise says what to
 * install.
 */
final class DebianPackages {

	/** Command and the package that provides it. */
	static final Map<String, String> TOOLS = Map.of("wrk", "wrk", "nginx", "nginx-light");

	private DebianPackages() {
	}

	static void ensureInstalled() throws IOException, InterruptedException {
		List<String> missing = new ArrayList<>();
		TOOLS.forEach((command, pkg) -> {
			if (find(command) == null) {
				missing.add(pkg);
			}
		});
		if (missing.isEmpty()) {
			return;
		}
		boolean root = "root".equals(System.getProperty("user.name"));
		List<String> install = new ArrayList<>();
		if (!root) {
			if (find("sudo") == null) {
				throw new IllegalStateException("The benchmark needs " + missing
						+ " (Debian packages); install them: apt-get install -y " + String.join(" ", missing));
			}
			install.addAll(List.of("sudo", "-n"));
		}
		install.addAll(List.of("apt-get", "install", "-y", "--no-install-recommends"));
		install.addAll(missing);
		System.out.println("Installing " + missing + " from Debian's packages ...");
		if (run(install) != 0) {
			List<String> update = new ArrayList<>(install.subList(0, root ? 0 : 2));
			update.addAll(List.of("apt-get", "update"));
			run(update);
			if (run(install) != 0) {
				throw new IllegalStateException("Could not install " + missing + "; install them by hand: apt-get "
						+ "install -y " + String.join(" ", missing));
			}
		}
		// Debian starts nginx as a system service on installation; the benchmark runs
		// its own.
		run(List.of("sh", "-c", "command -v service >/dev/null && service nginx stop; true"));
	}

	private static int run(List<String> command) throws IOException, InterruptedException {
		return new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	/** Where a command is: on the PATH, or in /usr/sbin (nginx), or null. */
	static Path find(String command) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin";
		for (String dir : path.split(":")) {
			Path candidate = Path.of(dir, command);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
