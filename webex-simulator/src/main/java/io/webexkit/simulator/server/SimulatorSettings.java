package io.webexkit.simulator.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * What the standalone simulator is told, read before Spring starts so that a wrong or missing variable ends start-up
 * with one line naming it rather than a stack trace.
 *
 * @param integration the integration to register ({@code WEBEX_CLIENT_ID}, {@code WEBEX_CLIENT_SECRET},
 * {@code WEBEX_REDIRECT_URI}, and the name its consent page shows, {@code WEBEX_SIMULATOR_INTEGRATION_NAME}, by default
 * the client id); none when started from code without one
 * @param knobs the {@code WEBEX_SIMULATOR_*} knobs
 */
record SimulatorSettings(@Nullable SimulatedIntegration integration, SimulatorProperties knobs) {

	/** The app's own default, so that an app and a simulator started without it agree. */
	static final String DEFAULT_REDIRECT_URI = "http://localhost:10060/oauth";

	/** Reads the settings; an {@link IllegalArgumentException} names the variable that is missing or wrong. */
	static SimulatorSettings from(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		String clientId = bind(binder, "webex.client-id");
		if (!StringUtils.hasText(clientId)) {
			throw new IllegalArgumentException("WEBEX_CLIENT_ID is not set: choose the integration's id (any text) "
					+ "and give every app instance the same WEBEX_CLIENT_ID");
		}
		String clientSecret = bind(binder, "webex.client-secret");
		if (!StringUtils.hasText(clientSecret)) {
			throw new IllegalArgumentException("WEBEX_CLIENT_SECRET is not set: choose a secret (e.g. openssl rand "
					+ "-hex 32) and give every app instance the same WEBEX_CLIENT_SECRET");
		}
		String redirectUris = bind(binder, "webex.redirect-uri");
		SimulatedIntegration integration = new SimulatedIntegration(clientId.trim(), clientSecret,
				redirectUris(StringUtils.hasText(redirectUris) ? redirectUris : DEFAULT_REDIRECT_URI));
		String name = bind(binder, "webex.simulator.integration-name");
		if (StringUtils.hasText(name)) {
			integration = integration.named(name.trim());
		}
		String scopes = bind(binder, "webex.simulator.integration-scopes");
		if (StringUtils.hasText(scopes)) {
			integration = integration.withScopes(scopes(scopes));
		}
		return new SimulatorSettings(integration, knobs(binder));
	}

	/** {@code all}, or scopes separated by spaces or commas. */
	static Set<String> scopes(String value) {
		if (value.trim().equalsIgnoreCase("all")) {
			return SimulatedIntegration.ALL_SCOPES;
		}
		Set<String> scopes = new java.util.LinkedHashSet<>();
		for (String scope : value.trim().split("[\\s,]+")) {
			if (!scope.matches("[A-Za-z0-9_-]+:[A-Za-z0-9_:-]+")) {
				throw new IllegalArgumentException("WEBEX_SIMULATOR_INTEGRATION_SCOPES holds " + scope
						+ ", which is not a Webex scope: give all, or scopes such as spark:rooms_read spark:rooms_write");
			}
			scopes.add(scope);
		}
		return scopes;
	}

	private static @Nullable String bind(Binder binder, String name) {
		try {
			return binder.bind(name, String.class).orElse(null);
		}
		catch (BindException ex) {
			throw invalid(ex);
		}
	}

	private static SimulatorProperties knobs(Binder binder) {
		try {
			// WEBEX_SIMULATOR=true (the app's mode, perhaps set for both) is webex.simulator itself: not a knob
			return binder
				.bind("webex.simulator", Bindable.of(SimulatorProperties.class),
						new IgnoreTopLevelConverterNotFoundBindHandler())
				.orElseGet(SimulatorProperties::defaults);
		}
		catch (BindException ex) {
			throw invalid(ex);
		}
	}

	/** {@code WEBEX_REDIRECT_URI} may list several, comma-separated: the simulator accepts any of them. */
	static List<String> redirectUris(String value) {
		List<String> uris = new ArrayList<>();
		for (String part : value.split(",")) {
			String uri = part.trim();
			if (!uri.isEmpty()) {
				requireAbsoluteHttp(uri);
				uris.add(uri);
			}
		}
		if (uris.isEmpty()) {
			throw new IllegalArgumentException("WEBEX_REDIRECT_URI names no URL");
		}
		return uris;
	}

	private static void requireAbsoluteHttp(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (uri.isAbsolute() && uri.getHost() != null && uri.getFragment() == null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalArgumentException("WEBEX_REDIRECT_URI must be absolute http(s) URLs separated by commas, "
				+ "e.g. http://localhost:10060/oauth; got '" + value + "'");
	}

	/** The record's own checks already name the variable; a value that does not convert is named here. */
	private static IllegalArgumentException invalid(BindException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = cause.getMessage();
		if (message != null && message.startsWith("WEBEX_")) {
			return new IllegalArgumentException(message);
		}
		ConfigurationProperty property = ex.getProperty();
		String name = (property != null) ? property.getName().toString() : ex.getName().toString();
		String variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
		String value = (property != null) ? " '" + property.getValue() + "'" : "";
		return new IllegalArgumentException(variable + " has an invalid value" + value
				+ ((message != null) ? " (" + message.lines().findFirst().orElse("") + ")" : ""));
	}

}
