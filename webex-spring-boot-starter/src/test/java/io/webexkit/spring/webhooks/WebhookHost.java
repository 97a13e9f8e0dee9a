package io.webexkit.spring.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.webexkit.spring.WebexWebhookEvent;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** A host app of the starter, with a listener that keeps every webhook event it gets. */
@SpringBootConfiguration
@EnableAutoConfiguration
class WebhookHost {

	@Bean
	SimpleMeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	@Bean
	Received received() {
		return new Received();
	}

	static class Received {

		final List<WebexWebhookEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(WebexWebhookEvent event) {
			this.events.add(event);
		}

	}

}
