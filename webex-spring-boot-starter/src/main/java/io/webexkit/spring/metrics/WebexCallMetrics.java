package io.webexkit.spring.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.webexkit.client.WebexCallListener;

/**
 * Webex REST calls as Micrometer meters: {@code webex.api.requests} (timer by method, resource and status, so 429s
 * show as status 429), {@code webex.api.failures} (no response), {@code webex.api.waits} (time spent waiting before
 * retries, by reason).
 */
public class WebexCallMetrics implements WebexCallListener {

	private final MeterRegistry registry;

	public WebexCallMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void exchanged(String method, String resource, int status, Duration elapsed) {
		Timer.builder("webex.api.requests")
			.tag("method", method)
			.tag("resource", resource)
			.tag("status", Integer.toString(status))
			.register(this.registry)
			.record(elapsed);
	}

	@Override
	public void failed(String method, String resource, Duration elapsed) {
		Counter.builder("webex.api.failures").tag("method", method).tag("resource", resource).register(this.registry)
			.increment();
	}

	@Override
	public void waiting(String method, String resource, String reason, Duration wait) {
		Timer.builder("webex.api.waits").tag("resource", resource).tag("reason", reason).register(this.registry)
			.record(wait);
	}

}
