package io.webexkit.app;

import io.webexkit.simulator.SimulatorConfiguration;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * One simulated Webex on its own port, shared by several app instances (the in-process simulator keeps its state per
 * application context, so instances that must see the same grants need this one). Only the web infrastructure is
 * configured: the test classpath also carries security, JDBC and sessions, which the simulator does not want.
 */
public final class StandaloneSimulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private StandaloneSimulator(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static StandaloneSimulator start() {
		return new StandaloneSimulator(new SpringApplicationBuilder(Server.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
					"--server.shutdown=immediate"));
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** The REST API base to give the app as {@code webex.api-base-url}. */
	public String apiBaseUrl() {
		return "http://localhost:" + port() + "/v1";
	}

	public WebexSimulator simulator() {
		return this.context.getBean(WebexSimulator.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@Import(SimulatorConfiguration.class)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
			JacksonAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class })
	static class Server {

	}

}
