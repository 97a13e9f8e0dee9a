package io.webexkit.spring.autoconfigure;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.login.VaultAuthorizedClients;
import io.webexkit.spring.login.WebexRegistrations;
import io.webexkit.spring.metrics.WebhookMetrics;
import io.webexkit.spring.webhooks.WebhookReceiver;
import io.webexkit.spring.webhooks.WebhookReconciler;
import io.webexkit.spring.webhooks.WebhookStore;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/** Webhooks are off until a public URL is set; then every part is there, the receiver only in a web app. */
class WebexWebhooksAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(DataSourceAutoConfiguration.class,
			DataSourceTransactionManagerAutoConfiguration.class, WebexAutoConfiguration.class,
			WebexWebhooksAutoConfiguration.class);

	private static final String[] PROPERTIES = { "webex.client-id=C-test", "webex.client-secret=test-secret",
			"webex.data-dir=target/test-data/" + UUID.randomUUID() };

	private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
		.withPropertyValues(PROPERTIES)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void contextWhenNoPublicUrlThenNoWebhooksButTheirTablesExist() {
		this.web.run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(WebexWebhooks.class)
				.doesNotHaveBean(WebhookReceiver.class)
				.doesNotHaveBean(WebhookStore.class);
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM webex_webhook").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM webex_webhook_delivery").query(Long.class).single()).isZero();
		});
	}

	@Test
	void contextWhenPublicUrlThenRegistrationAndReceiver() {
		this.web.withPropertyValues("webex.webhooks.public-url=https://app.example.com").run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(WebexWebhooks.class)
				.hasSingleBean(WebhookStore.class)
				.hasSingleBean(WebhookMetrics.class)
				.hasSingleBean(WebhookReconciler.class)
				.hasSingleBean(WebhookReceiver.class);
		});
	}

	@Test
	void contextWhenNotWebAppThenRegistrationWithoutReceiver() {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues(PROPERTIES)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"webex.webhooks.public-url=https://app.example.com")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(WebexWebhooks.class)
				.doesNotHaveBean(WebhookReceiver.class));
	}

	@Test
	void contextWhenPathMalformedThenRefused() {
		this.web.withPropertyValues("webex.webhooks.public-url=https://app.example.com", "webex.webhooks.path=hooks/")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void contextWhenSubscriptionMalformedThenRefusedNamingTheProperty() {
		this.web
			.withPropertyValues("webex.webhooks.public-url=https://app.example.com",
					"webex.webhooks.subscriptions=messages:created,messages")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("webex.webhooks.subscriptions")
				.hasMessageContaining("'messages'"));
	}

	@Test
	void contextWhenGrantStoredThenSubscribedAndWhenDisconnectThenForgottenBeforeTheGrantGoes() {
		WebexWebhooks webhooks = mock(WebexWebhooks.class);
		this.web.withPropertyValues("webex.webhooks.public-url=https://app.example.com")
			.withBean(WebexWebhooks.class, () -> webhooks)
			.run((context) -> {
				WebexRegistrations registrations = context.getBean(WebexRegistrations.class);
				ClientRegistration registration = registrations
					.findByRegistrationId(registrations.registrationId());
				Instant now = Instant.now();
				OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-P1", now,
						now.plusSeconds(3600), Set.of("spark:messages_read"));
				context.getBean(VaultAuthorizedClients.class)
					.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, "P1", access,
							new OAuth2RefreshToken("refresh-P1", now)),
							new TestingAuthenticationToken("P1", null));
				then(webhooks).should().subscribe("P1");
				WebexGrants grants = context.getBean(WebexGrants.class);
				willAnswer((invocation) -> {
					assertThat(grants.connectedPeople()).as("the grant still works while its webhooks go")
						.contains("P1");
					return null;
				}).given(webhooks).forget("P1");
				assertThat(grants.disconnect("P1")).isTrue();
				then(webhooks).should().forget("P1");
				assertThat(grants.connectedPeople()).doesNotContain("P1");
			});
	}

}
