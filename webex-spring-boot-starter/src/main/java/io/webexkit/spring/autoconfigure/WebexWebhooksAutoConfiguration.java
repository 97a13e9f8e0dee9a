package io.webexkit.spring.autoconfigure;

import java.net.URI;
import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexProperties;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.WebhookSubscription;
import io.webexkit.spring.bodies.BodyGuard;
import io.webexkit.spring.login.WebexRegistrations;
import io.webexkit.spring.metrics.WebhookMetrics;
import io.webexkit.spring.vault.SealedSecrets;
import io.webexkit.spring.vault.VaultSchema;
import io.webexkit.spring.webhooks.WebhookReceiver;
import io.webexkit.spring.webhooks.WebhookReconciler;
import io.webexkit.spring.webhooks.WebhookStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webex webhooks, once {@code webex.webhooks.public-url} is set: {@link WebexWebhooks} to register them, their table
 * (migrated with the vault's), and in a servlet web app the {@link WebhookReceiver} at {@code webex.webhooks.path}.
 * Every bean backs off when the host declares its own.
 */
@AutoConfiguration(after = WebexAutoConfiguration.class)
@ConditionalOnBean(WebexClients.class)
@ConditionalOnProperty(prefix = "webex.webhooks", name = "public-url")
public class WebexWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookMetrics webexWebhookMetrics(ObjectProvider<MeterRegistry> registry) {
		return new WebhookMetrics(registry.getIfUnique(() -> Metrics.globalRegistry));
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookStore webexWebhookStore(DataSource dataSource, VaultSchema schema, TokenKeyRing keys, Clock clock) {
		return new WebhookStore(JdbcClient.create(dataSource), new SealedSecrets(keys), clock);
	}

	@Bean
	@ConditionalOnMissingBean
	WebexWebhooks webexWebhooks(WebhookStore store, WebexClients clients, WebexRegistrations registrations,
			WebexProperties properties, Clock clock, WebhookMetrics metrics) {
		WebexProperties.Webhooks webhooks = properties.webhooks();
		URI publicUrl = webhooks.publicUrl();
		if (publicUrl == null) {
			throw new IllegalStateException("webex.webhooks.public-url is not set");
		}
		return new WebexWebhooks(store, clients, registrations.registrationId(), publicUrl, webhooks.path(),
				webhooks.subscriptions().stream().map(WebhookSubscription::parse).toList(), clock, metrics);
	}

	/** Keeps the connected people's webhooks registered at Webex, one instance per pass. */
	@Bean
	@ConditionalOnMissingBean
	WebhookReconciler webexWebhookReconciler(WebexWebhooks webhooks, WebexGrants grants, WebhookStore store,
			WebexRegistrations registrations, WebexProperties properties, Clock clock) {
		return new WebhookReconciler(webhooks, grants, store, registrations.registrationId(), clock,
				properties.webhooks().reconcileInterval());
	}

	/** The receiver, in a servlet web app: a filter ahead of Spring Security's. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Receiver {

		@Bean
		@ConditionalOnMissingBean
		WebhookReceiver webexWebhookReceiver(WebexProperties properties, WebhookStore store, WebexClients clients,
				ApplicationEventPublisher publisher, WebhookMetrics metrics) {
			WebexProperties.Webhooks webhooks = properties.webhooks();
			WebexProperties.UnauthenticatedBodies bodies = properties.unauthenticatedBodies();
			// turns of its own: forms posted by strangers cannot crowd out Webex's deliveries
			BodyGuard guard = new BodyGuard(bodies.concurrency(), bodies.deadline(), webhooks.maxBodySize().toBytes());
			return new WebhookReceiver(webhooks.path(), guard, store, clients, publisher, metrics);
		}

	}

}
