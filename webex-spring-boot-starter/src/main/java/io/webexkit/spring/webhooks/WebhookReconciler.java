package io.webexkit.spring.webhooks;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.background.FixedDelayTimer;

import org.springframework.context.SmartLifecycle;

/**
 * Beside the grant keeper, on its own thread: every {@code interval}, one instance (the one that claims the pass in
 * the database, as the keeper's grants are claimed one runner at a time) forgets the webhooks of people whose grant is
 * gone (Disconnect elsewhere, Webex saying the grant is dead, a lapsed grant), forgets deliveries handled more than
 * {@link #DELIVERY_MEMORY} ago, and reconciles each connected person's webhooks with Webex.
 */
public class WebhookReconciler implements SmartLifecycle {

	/** How long a handled delivery is remembered, so that a redelivery is recognised: Webex's come within minutes. */
	public static final Duration DELIVERY_MEMORY = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(WebhookReconciler.class);

	private final WebexWebhooks webhooks;

	private final WebexGrants grants;

	private final WebhookStore store;

	private final String registrationId;

	private final Clock clock;

	private final Duration interval;

	private final FixedDelayTimer timer;

	public WebhookReconciler(WebexWebhooks webhooks, WebexGrants grants, WebhookStore store, String registrationId,
			Clock clock, Duration interval) {
		this.webhooks = webhooks;
		this.grants = grants;
		this.store = store;
		this.registrationId = registrationId;
		this.clock = clock;
		this.interval = interval;
		this.timer = new FixedDelayTimer("webex-webhook-reconcile", this::scheduledPass, interval);
	}

	@Override
	public void start() {
		this.timer.start();
	}

	@Override
	public void stop() {
		this.timer.stop();
	}

	@Override
	public boolean isRunning() {
		return this.timer.isRunning();
	}

	void scheduledPass() {
		try {
			pass();
		}
		catch (RuntimeException ex) {
			log.warn("Webhook reconciliation failed: {}", ex.toString());
		}
	}

	/**
	 * One pass, unless another instance claimed this one.
	 *
	 * @return whether this instance ran it
	 */
	public boolean pass() {
		if (!this.store.claimReconcile(this.registrationId, this.clock.instant().plus(this.interval.dividedBy(2)))) {
			return false;
		}
		this.store.forgetDeliveriesBefore(this.clock.instant().minus(DELIVERY_MEMORY));
		int forgotten = this.webhooks.forgetDisconnected();
		if (forgotten > 0) {
			log.info("Forgot {} webhook registration(s) of people who no longer have a grant", forgotten);
		}
		for (String personId : this.grants.connectedPeople()) {
			if (!this.grants.connected(personId)) {
				continue;
			}
			try {
				this.webhooks.reconcile(personId);
			}
			catch (RuntimeException ex) {
				log.info("Webhooks of person {} not reconciled this time: {}", personId,
						ex.getClass().getSimpleName());
			}
		}
		return true;
	}

}
