package io.webexkit.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.webexkit.spring.WebexWebhookEvent;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The webhook events the app published, as a host app's listener sees them; {@code @Import} it into a test. Also
 * turns webhooks on for an app listening on a fixed port, so that the simulated Webex delivers them to it.
 */
public class ReceivedWebhooks {

	private static final int SHARED_PORT = TestPostgres.freePort();

	private final List<WebexWebhookEvent> events = new CopyOnWriteArrayList<>();

	/** The port of the context {@link WebhooksIntegrationTest} shares. */
	public static int sharedPort() {
		return SHARED_PORT;
	}

	/** Sets the app's port and its public URL for webhooks: the simulated Webex delivers to this app. */
	public static void deliverTo(DynamicPropertyRegistry registry, int port) {
		TestDataDirectory.register(registry);
		registry.add("server.port", () -> port);
		registry.add("webex.webhooks.public-url", () -> "http://localhost:" + port);
	}

	@EventListener
	void on(WebexWebhookEvent event) {
		this.events.add(event);
	}

	/** The events about this message (or membership, or room) id, in the order received. */
	public List<WebexWebhookEvent> about(String dataId) {
		return this.events.stream().filter((e) -> dataId.equals(e.event().data().id())).toList();
	}

	/** Sets up the context {@link WebhooksIntegrationTest} shares, as {@link #deliverTo} does. */
	public static final class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final Path DATA = TestDataDirectory.create();

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("shared-webhooks-test",
						Map.of("webex.data-dir", DATA.toString(), "server.port", Integer.toString(SHARED_PORT),
								"webex.webhooks.public-url", "http://localhost:" + SHARED_PORT)));
		}

	}

}
