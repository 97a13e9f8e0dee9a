package io.webexkit.app;

import io.webexkit.simulator.server.SimulatorLauncher;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One simulated Webex on its own port, shared by several app instances: the product's standalone simulator
 * ({@code java -jar webex-app.jar simulator}) on a free port. Tests register their own integrations on
 * {@link #simulator()}; the one it is started with is never used.
 */
public final class StandaloneSimulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private StandaloneSimulator(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static StandaloneSimulator start() {
		return new StandaloneSimulator(SimulatorLauncher.start("--server.port=0", "--server.shutdown=immediate",
				"--webex.client-id=standalone-fixture", "--webex.client-secret=" + AppInstance.randomTokenKey(),
				"--webex.redirect-uri=http://localhost/unused"));
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** The REST API base to give the app as {@code webex.api-base-url}. */
	public String apiBaseUrl() {
		return SimulatorLauncher.origin(this.context) + "/v1";
	}

	public WebexSimulator simulator() {
		return this.context.getBean(WebexSimulator.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
