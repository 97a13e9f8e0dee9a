package io.webexkit.simulator.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.webexkit.simulator.WebexSimulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * A standalone simulated Webex started from code, on its own port, for tests and tools:
 *
 * <pre>{@code
 * try (SimulatorServer webex = SimulatorServer.builder()
 *         .integration(new SimulatedIntegration("my-client", "my-secret", List.of("http://localhost/oauth")))
 *         .start()) {
 *     URI api = webex.apiBaseUrl();          // http://127.0.0.1:<port>/v1, for webex.api-base-url
 *     webex.simulator().behavior().setAccessTokenLifetime(Duration.ofMinutes(5));
 * }
 * }</pre>
 *
 * It is configured by the builder only: neither environment variables nor system properties reach it, so the settings
 * meant for the application under test (a context path, {@code SERVER_PORT}, {@code WEBEX_*}) cannot move or change
 * it. The same server as {@code java -jar webex-simulator-exec.jar}, operator endpoints included.
 */
public final class SimulatorServer implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final URI origin;

	private SimulatorServer(ConfigurableApplicationContext context) {
		this.context = context;
		this.origin = SimulatorLauncher.origin(context);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Runs the server's context; {@code environment} null: Spring Boot's usual one (variables, properties), over
	 * {@code defaults}.
	 */
	static ConfigurableApplicationContext run(SimulatorSettings settings, @Nullable ConfigurableEnvironment environment,
			Map<String, Object> defaults, String... args) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(SimulatorServerConfiguration.class)
			.web(WebApplicationType.SERVLET)
			.properties(defaults)
			.initializers((context) -> context.getBeanFactory().registerSingleton("simulatorSettings", settings));
		if (environment != null) {
			application.environment(environment);
		}
		return application.run(args);
	}

	/** Where it answers, e.g. {@code http://127.0.0.1:43123}. */
	public URI origin() {
		return this.origin;
	}

	/** The REST API base (consent page and token endpoint included), e.g. {@code http://127.0.0.1:43123/v1}. */
	public URI apiBaseUrl() {
		return URI.create(this.origin + "/v1");
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** Its people, knobs, counters and registered integrations. */
	public WebexSimulator simulator() {
		return this.context.getBean(WebexSimulator.class);
	}

	/** Stops it at once: requests in flight are cut off. */
	@Override
	public void close() {
		this.context.close();
	}

	/** How to start one; every setting has a default. */
	public static final class Builder {

		private int port;

		private String address = "127.0.0.1";

		private @Nullable SimulatedIntegration integration;

		private SimulatorProperties knobs = SimulatorProperties.defaults();

		private Builder() {
		}

		/** The port to listen on; 0, the default, picks a free one. */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * The address to listen on, {@code 127.0.0.1} by default. The operator endpoints have no login: keep it on a
		 * loopback or private address.
		 */
		public Builder address(String address) {
			this.address = Objects.requireNonNull(address, "address");
			return this;
		}

		/** An integration to register before the first request; more can be registered on {@link #simulator()}. */
		public Builder integration(SimulatedIntegration integration) {
			this.integration = Objects.requireNonNull(integration, "integration");
			return this;
		}

		/** People, spaces and token endpoint knobs, as {@code WEBEX_SIMULATOR_*} set them for the command. */
		public Builder knobs(SimulatorProperties knobs) {
			this.knobs = Objects.requireNonNull(knobs, "knobs");
			return this;
		}

		/** Starts it; it serves once this returns. */
		public SimulatorServer start() {
			List<String> args = new ArrayList<>();
			args.add("--server.port=" + this.port);
			args.add("--server.address=" + this.address);
			args.add("--server.shutdown=immediate");
			return new SimulatorServer(run(new SimulatorSettings(this.integration, this.knobs), isolatedEnvironment(),
					SimulatorLauncher.DEFAULTS, args.toArray(String[]::new)));
		}

		/** Spring Boot's environment without the process's variables and system properties. */
		private static ConfigurableEnvironment isolatedEnvironment() {
			StandardServletEnvironment environment = new StandardServletEnvironment();
			environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
			environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
			return environment;
		}

	}

}
