package io.webexkit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.webexkit.simulator.server.SimulatedIntegration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One running instance of the app in its own application context, configured only through properties. */
public final class AppInstance implements AutoCloseable {

	/** The scopes the app asks for by default (its application.yml): register test integrations with these. */
	public static final Set<String> DEFAULT_SCOPES = SimulatedIntegration.REGISTERED_SCOPES;

	/** The same scopes as the authorization request carries them, in the order of the app's configuration. */
	public static final String REQUESTED_SCOPES = "spark:people_read spark:rooms_read spark:rooms_write "
			+ "spark:messages_read spark:messages_write spark:memberships_read spark:memberships_write";

	private final ConfigurableApplicationContext context;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts {@link WebexApplication} with these properties (as {@code --name=value} arguments). */
	public static AppInstance start(Map<String, String> properties) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("spring.jmx.enabled", "false");
		all.putAll(properties);
		List<String> args = new ArrayList<>();
		all.forEach((name, value) -> args.add("--" + name + "=" + value));
		return new AppInstance(new SpringApplicationBuilder(WebexApplication.class).run(args.toArray(String[]::new)));
	}

	/**
	 * Properties of an instance on {@code postgres} against {@code webex} as the integration {@code clientId} with
	 * secret {@code test-secret}; {@code port} 0 picks a free one.
	 */
	public static Map<String, String> onPostgres(TestPostgres postgres, StandaloneSimulator webex, int port,
			String clientId, String redirectUri, String tokenKey) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", Integer.toString(port));
		properties.put("spring.datasource.url", postgres.url());
		properties.put("spring.datasource.username", postgres.username());
		properties.put("webex.token-key", tokenKey);
		properties.put("webex.client-id", clientId);
		properties.put("webex.client-secret", "test-secret");
		properties.put("webex.api-base-url", webex.apiBaseUrl());
		properties.put("webex.redirect-uri", redirectUri);
		properties.put("webex.data-dir", tempDir().toString());
		return properties;
	}

	/** A random {@code WEBEX_TOKEN_KEY}. */
	public static String randomTokenKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("webex-app-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public String url(String path) {
		return "http://localhost:" + port() + path;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(this.context.getBean(DataSource.class));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
