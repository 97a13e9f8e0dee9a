package io.webexkit.simulator.server;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.webexkit.simulator.WebexSimulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated Webex's knobs, from {@code WEBEX_SIMULATOR_*} variables; used by simulator mode and by the standalone
 * simulator alike.
 *
 * @param rooms {@code WEBEX_SIMULATOR_ROOMS}: how many generated spaces the first simulated person is in (unset: 300), besides the shared demo space
 * @param people {@code WEBEX_SIMULATOR_PEOPLE}: generated test users added after the three seeded people
 * @param tokenLatency {@code WEBEX_SIMULATOR_TOKEN_LATENCY}: added to every token request (unset: none)
 * @param accessTokenLifetime {@code WEBEX_SIMULATOR_ACCESS_TOKEN_LIFETIME} (unset: Webex's 14 days)
 */
@ConfigurationProperties("webex.simulator")
public record SimulatorProperties(@Nullable Integer rooms, @DefaultValue("0") int people,
		@Nullable Duration tokenLatency, @Nullable Duration accessTokenLifetime) {

	static final int MAX_ROOMS = 1_000_000;

	static final int MAX_PEOPLE = 10_000;

	public SimulatorProperties {
		if (rooms != null && (rooms < 0 || rooms > MAX_ROOMS)) {
			throw new IllegalArgumentException(
					"WEBEX_SIMULATOR_ROOMS must be between 0 and " + MAX_ROOMS + ", got " + rooms);
		}
		if (people < 0 || people > MAX_PEOPLE) {
			throw new IllegalArgumentException(
					"WEBEX_SIMULATOR_PEOPLE must be between 0 and " + MAX_PEOPLE + ", got " + people);
		}
		if (tokenLatency != null && (tokenLatency.isNegative() || tokenLatency.compareTo(Duration.ofMinutes(1)) > 0)) {
			throw new IllegalArgumentException(
					"WEBEX_SIMULATOR_TOKEN_LATENCY must be between 0 and 1m (e.g. 200ms), got " + tokenLatency);
		}
		if (accessTokenLifetime != null && accessTokenLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException(
					"WEBEX_SIMULATOR_ACCESS_TOKEN_LIFETIME must be at least 1s (e.g. 10m), got " + accessTokenLifetime);
		}
	}

	/** No knob set: the simulator as it comes. */
	public static SimulatorProperties defaults() {
		return new SimulatorProperties(null, 0, null, null);
	}

	/** Applies every knob that is set; call once, before the simulator serves requests. */
	public void applyTo(WebexSimulator simulator) {
		if (this.rooms != null) {
			// a large account for trying (and benchmarking) the pages by hand
			simulator.behavior().setRoomCount(simulator.users().get(0).id(), this.rooms);
		}
		if (this.people > 0) {
			simulator.addGeneratedPeople(this.people);
		}
		if (this.tokenLatency != null) {
			simulator.behavior().setTokenEndpointLatency(this.tokenLatency);
		}
		if (this.accessTokenLifetime != null) {
			simulator.behavior().setAccessTokenLifetime(this.accessTokenLifetime);
		}
	}

}
