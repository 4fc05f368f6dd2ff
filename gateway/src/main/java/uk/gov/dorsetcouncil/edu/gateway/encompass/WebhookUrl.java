package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a school's own system takes its Operation Encompass notifications (ADR 0045): an
 * absolute https URL with a host and no user name, password or fragment; plain http only
 * to this machine (localhost, 127.0.0.0/8, ::1) and only where the platform allows it
 * (the local run and the tests, never production: a notification in clear on a network is
 * a breach). Checked by its text alone, with no name looked up.
 */
public final class WebhookUrl {

	/** Longer is a mistake or an attack: no school's endpoint needs more. */
	public static final int MAX_LENGTH = 2000;

	private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	private WebhookUrl() {
	}

	/**
	 * Why a URL cannot take notifications, or empty when it can.
	 * @param allowHttpLoopback whether plain http to this machine is allowed
	 */
	public static Optional<String> problem(String url, boolean allowHttpLoopback) {
		if (url == null || url.isBlank()) {
			return Optional.of("required: the https URL of the school's system");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("at most " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("not a URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
			return Optional.of("an absolute URL with a host, https://host/path");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("no user name or password in the URL: the platform signs every request instead");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("no fragment (#...): it is never sent");
		}
		if (scheme.equals("https")) {
			return Optional.empty();
		}
		if (scheme.equals("http") && allowHttpLoopback && loopback(uri.getHost())) {
			return Optional.empty();
		}
		return Optional.of(allowHttpLoopback
				? "https only (plain http to this machine only: localhost, 127.0.0.1, [::1])" : "https only");
	}

	/** The host names this machine, by name or address. */
	static boolean loopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.equals("[::1]") || LOOPBACK_V4.matcher(name).matches();
	}

}
