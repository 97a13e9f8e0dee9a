package io.webexkit.app;

import io.webexkit.simulator.WebexSimulator;
import io.webexkit.simulator.server.SimulatorServer;

/**
 * One simulated Webex on its own port, shared by several app instances: the product's standalone simulator (as
 * {@code java -jar webex-app.jar simulator} runs it) on a free port. Tests register their own integrations on
 * {@link #simulator()}.
 */
public final class StandaloneSimulator implements AutoCloseable {

	private final SimulatorServer server;

	private StandaloneSimulator(SimulatorServer server) {
		this.server = server;
	}

	public static StandaloneSimulator start() {
		return new StandaloneSimulator(SimulatorServer.builder().start());
	}

	public int port() {
		return this.server.port();
	}

	/** The REST API base to give the app as {@code webex.api-base-url}. */
	public String apiBaseUrl() {
		return this.server.apiBaseUrl().toString();
	}

	public WebexSimulator simulator() {
		return this.server.simulator();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
