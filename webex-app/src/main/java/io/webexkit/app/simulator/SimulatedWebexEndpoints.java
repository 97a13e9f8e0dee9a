package io.webexkit.app.simulator;

import java.net.URI;

import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexProperties;

/**
 * Simulator mode's Webex: served by this server under {@code /v1} (unless {@code WEBEX_API_BASE_URL} points
 * elsewhere), known once the server has its port, and with its own registration id so that simulated grants never
 * touch real ones in the same database.
 */
class SimulatedWebexEndpoints extends WebexEndpoints {

	private final WebexProperties properties;

	SimulatedWebexEndpoints(WebexProperties properties, int fallbackPort) {
		super(properties, fallbackPort);
		this.properties = properties;
	}

	@Override
	public String registrationId() {
		return WebexMode.SIMULATED.registrationId();
	}

	@Override
	public URI apiBaseUrl() {
		URI configured = stripSlash(this.properties.apiBaseUrl());
		return configured.toString().equals(WebexProperties.DEFAULT_API) ? localOrigin().resolve("/v1") : configured;
	}

}
