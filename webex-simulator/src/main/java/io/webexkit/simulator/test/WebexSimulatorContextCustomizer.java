package io.webexkit.simulator.test;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.webexkit.simulator.server.SimulatedIntegration;
import io.webexkit.simulator.server.SimulatorServer;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.StringUtils;

/**
 * Starts the simulated Webex of one application context, before the context is refreshed, and points the context at
 * it. Equal for equal annotation attributes, so Spring's context cache keeps one context, and one simulator, for all
 * the test classes that ask for the same.
 */
final class WebexSimulatorContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE = "webexSimulator";

	static final String BEAN_NAME = "simulatedWebex";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TestIntegration integration;

	WebexSimulatorContextCustomizer(TestIntegration integration) {
		this.integration = integration;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		String clientId = "test-client-" + random(9);
		String clientSecret = random(32);
		SimulatorServer server = SimulatorServer.builder()
			.integration(new SimulatedIntegration(clientId, clientSecret, List.of(this.integration.redirectUri()),
					this.integration.scopes(), integrationName(context.getEnvironment(), clientId)))
			.start();
		try {
			stopWith(context, server);
			SimulatedWebex webex = new SimulatedWebex(server, this.integration, clientId, context.getEnvironment(),
					AcceptedCodes.observe(context));
			context.getBeanFactory().registerSingleton(BEAN_NAME, webex);
			addProperties(context.getEnvironment(), clientId, clientSecret, server.apiBaseUrl());
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
	}

	private String integrationName(ConfigurableEnvironment environment, String clientId) {
		if (!this.integration.integrationName().isEmpty()) {
			return this.integration.integrationName();
		}
		String application = environment.getProperty("spring.application.name");
		return StringUtils.hasText(application) ? application.trim() : clientId;
	}

	/**
	 * Closed with the context's singletons: also when its refresh fails, which destroys them without a
	 * {@code ContextClosedEvent}.
	 */
	private static void stopWith(ConfigurableApplicationContext context, SimulatorServer server) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (!(beanFactory instanceof DefaultSingletonBeanRegistry registry)) {
			throw new IllegalStateException("Cannot stop the simulated Webex with " + beanFactory);
		}
		registry.registerDisposableBean(BEAN_NAME, server::close);
	}

	/**
	 * Just above the system properties: over {@code application.yml}, environment variables (a developer's own
	 * {@code WEBEX_CLIENT_ID} must not send a test to real Webex) and system properties, under what the test itself
	 * sets (inlined properties, {@code @TestPropertySource}, {@code @DynamicPropertySource}, arguments).
	 */
	static void addProperties(ConfigurableEnvironment environment, String clientId, String clientSecret,
			URI apiBaseUrl) {
		MapPropertySource properties = new MapPropertySource(PROPERTY_SOURCE, Map.of("webex.client-id", clientId,
				"webex.client-secret", clientSecret, "webex.api-base-url", apiBaseUrl.toString()));
		MutablePropertySources sources = environment.getPropertySources();
		if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, properties);
		}
		else {
			sources.addFirst(properties);
		}
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof WebexSimulatorContextCustomizer customizer)
				&& this.integration.equals(customizer.integration);
	}

	@Override
	public int hashCode() {
		return this.integration.hashCode();
	}

}
