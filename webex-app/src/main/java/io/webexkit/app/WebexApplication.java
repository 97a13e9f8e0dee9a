package io.webexkit.app;

import java.util.Arrays;

import io.webexkit.simulator.server.SimulatorLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Webex integration web app; {@code simulator} as the first argument starts the standalone simulated Webex
 * instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WebexApplication {

	public static void main(String[] args) {
		if (args.length > 0 && SimulatorLauncher.COMMAND.equals(args[0])) {
			SimulatorLauncher.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		SpringApplication.run(WebexApplication.class, args);
	}

}
