package io.webexkit.simulator.testapp;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.webexkit.simulator.SimulatorConfiguration;

/** A bare web application that embeds the simulator the way the real app does. */
@SpringBootApplication
@Import(SimulatorConfiguration.class)
public class SimulatorTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock(Clock.systemUTC().instant());
	}

}
