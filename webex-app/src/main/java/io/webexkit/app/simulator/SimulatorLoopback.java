package io.webexkit.app.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In simulator mode the app listens on this machine's loopback interface only, its management port too: anyone who
 * reaches it can sign in as a simulated person. {@code SERVER_ADDRESS} (and {@code MANAGEMENT_SERVER_ADDRESS})
 * still win, for a container whose port is published, say. Real Webex mode binds as Spring Boot does.
 */
class SimulatorLoopback implements EnvironmentPostProcessor {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			if (!WebexModeDecision.of(environment).mode().simulated()) {
				return;
			}
		}
		catch (StartupRefusedException ex) {
			return; // the mode's own bean refuses the start, with the report
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		if (!environment.containsProperty("server.address")) {
			defaults.put("server.address", LOOPBACK);
		}
		// Spring Boot refuses a management address without a port of its own
		if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
				&& !environment.containsProperty("management.server.address")) {
			defaults.put("management.server.address", LOOPBACK);
		}
		if (!defaults.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("simulatorLoopback", defaults));
		}
	}

}
