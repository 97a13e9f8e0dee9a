package io.webexkit.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Webex integration web app. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WebexApplication {

	public static void main(String[] args) {
		SpringApplication.run(WebexApplication.class, args);
	}

}
