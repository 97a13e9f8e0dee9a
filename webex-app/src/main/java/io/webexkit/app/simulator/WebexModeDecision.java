package io.webexkit.app.simulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.Databases;
import io.webexkit.spring.LoopbackHosts;
import io.webexkit.spring.StartupRefusedException;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * The one place that decides between real and simulated Webex, from {@code WEBEX_SIMULATOR} ({@code true},
 * {@code false}, or unset: simulated exactly when both credentials are unset).
 * <p>
 * Simulated Webex lets anyone sign in as a simulated person, so it is refused wherever it could meet real users or
 * their data: a shared (non-embedded) database, a configured token key, a trusted proxy, or a redirect URI off this
 * machine. An unmounted secret in production then stops start-up instead of quietly serving a fake Webex there.
 *
 * @param mode the mode the app runs in
 * @param warnings what the operator should know (logged at WARN once)
 */
record WebexModeDecision(WebexMode mode, List<String> warnings) {

	/** H2's own URL prefixes; anything else after {@code jdbc:h2:} is a file path. */
	WebexModeDecision {
		warnings = List.copyOf(warnings);
	}

	/**
	 * Decides the mode from the environment.
	 * @throws StartupRefusedException when the setting is invalid, real Webex is asked for without credentials, or
	 * simulated Webex would run with production settings
	 */
	static WebexModeDecision of(PropertyResolver environment) {
		boolean credentials = StringUtils.hasText(environment.getProperty("webex.client-id"))
				|| StringUtils.hasText(environment.getProperty("webex.client-secret"));
		Boolean simulator = simulatorSetting(environment.getProperty("webex.simulator"));
		List<String> warnings = new ArrayList<>();
		if (Boolean.FALSE.equals(simulator) && !credentials) {
			throw new StartupRefusedException(
					"WEBEX_SIMULATOR=false asks for real Webex, but WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are unset.",
					"Set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET to the integration's credentials (check that the "
							+ "secret holding them is mounted).");
		}
		if (Boolean.FALSE.equals(simulator) || (simulator == null && credentials)) {
			return new WebexModeDecision(WebexMode.REAL, warnings);
		}
		String reason = Boolean.TRUE.equals(simulator) ? "WEBEX_SIMULATOR=true"
				: "WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are unset";
		if (credentials) {
			warnings.add("WEBEX_SIMULATOR=true: WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are ignored, "
					+ "the app talks to its simulated Webex");
		}
		List<String> refusals = simulatorRefusals(environment);
		if (!refusals.isEmpty()) {
			throw new StartupRefusedException("Simulator mode (" + reason + ") lets anyone sign in as a simulated "
					+ "person, and is refused with production settings: " + String.join("; ", refusals) + ".",
					"To use real Webex, set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET (check that the secret holding "
							+ "them is mounted). To try the app with the simulated Webex, start it without these "
							+ "settings, on its embedded database.");
		}
		warnings.add("Simulator mode (" + reason + "): a simulated Webex is served by this app and anyone who can "
				+ "reach it can sign in as a simulated person; never expose it to real users");
		return new WebexModeDecision(WebexMode.SIMULATED, warnings);
	}

	private static @Nullable Boolean simulatorSetting(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new StartupRefusedException("WEBEX_SIMULATOR must be true, false or unset, got '"
					+ value.strip() + "'.",
					"Set WEBEX_SIMULATOR=false (or leave it unset with WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET set) "
							+ "for real Webex, WEBEX_SIMULATOR=true for the simulated Webex.");
		};
	}

	/** Every setting that says this instance serves real users or their data. */
	private static List<String> simulatorRefusals(PropertyResolver environment) {
		List<String> refusals = new ArrayList<>();
		String url = environment.getProperty("spring.datasource.url");
		if (!Databases.embedded(url)) {
			refusals.add("SPRING_DATASOURCE_URL is not an embedded H2 database (jdbc:h2:file: or jdbc:h2:mem:)");
		}
		if (StringUtils.hasText(environment.getProperty("webex.token-key"))) {
			refusals.add("WEBEX_TOKEN_KEY is set");
		}
		if (StringUtils.hasText(environment.getProperty("webex.token-key-file"))) {
			refusals.add("WEBEX_TOKEN_KEY_FILE is set");
		}
		String forwarded = environment.getProperty("server.forward-headers-strategy");
		if (StringUtils.hasText(forwarded) && !"none".equalsIgnoreCase(forwarded.strip())) {
			refusals.add("SERVER_FORWARD_HEADERS_STRATEGY=" + forwarded.strip()
					+ " trusts a proxy's forwarded headers");
		}
		String redirect = environment.getProperty("webex.redirect-uri");
		String host = host(redirect);
		if (host != null && !LoopbackHosts.isLoopback(host)) {
			refusals.add("WEBEX_REDIRECT_URI points to " + host + ", not to this machine (localhost, 127.0.0.1 "
					+ "or [::1])");
		}
		return refusals;
	}

	private static @Nullable String host(@Nullable String uri) {
		if (!StringUtils.hasText(uri)) {
			return null;
		}
		try {
			return URI.create(uri.strip()).getHost();
		}
		catch (IllegalArgumentException ex) {
			return null; // WebexProperties names the malformed value
		}
	}

}
