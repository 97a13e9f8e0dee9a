package io.webexkit.spring.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.webexkit.client.WebexApiException;
import io.webexkit.client.WebexClient;
import io.webexkit.spring.TestKeys;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.WebhookRegistration;
import io.webexkit.spring.refresh.RefreshCoordinator;
import io.webexkit.spring.vault.SealedSecrets;
import io.webexkit.spring.vault.VaultDatabase;
import io.webexkit.spring.vault.VaultSchema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Registering and removing a person's webhooks, against a stand-in for Webex's {@code /webhooks}. */
class WebexWebhooksTests {

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private volatile int createStatus = 200;

	private volatile int deleteStatus = 204;

	private HttpServer webex;

	private WebhookStore store;

	private WebexWebhooks webhooks;

	@BeforeEach
	void start() throws IOException {
		this.webex = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.webex.createContext("/v1/webhooks", this::answer);
		this.webex.start();
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new VaultSchema(dataSource, VaultDatabase.of(dataSource)).afterPropertiesSet();
		this.store = new WebhookStore(JdbcClient.create(dataSource), new SealedSecrets(TestKeys.ring()),
				Clock.systemUTC());
		RefreshCoordinator coordinator = mock(RefreshCoordinator.class);
		given(coordinator.accessTokenInBackground(anyString())).willReturn("token-of-P1");
		URI api = URI.create("http://127.0.0.1:" + this.webex.getAddress().getPort() + "/v1");
		WebexClients clients = new WebexClients(() -> WebexClient.builder().baseUrl(api).build(), coordinator);
		this.webhooks = new WebexWebhooks(this.store, clients, "webex", URI.create("https://app.example.com/"),
				"/webex/webhooks");
	}

	@AfterEach
	void stop() {
		this.webex.stop(0);
	}

	@Test
	void registerThenWebhookAtWebexWithItsOwnTargetAndSecretAndStored() {
		WebhookRegistration registration = this.webhooks.register("P1", "messages", "created", "roomId=R1");
		assertThat(registration.key()).matches("[A-Za-z0-9_-]{22}");
		assertThat(registration.webhookId()).isEqualTo("WH1");
		assertThat(this.calls).containsExactly("POST /v1/webhooks");
		assertThat(this.bodies.get(0)).contains("\"targetUrl\":\"https://app.example.com/webex/webhooks/"
				+ registration.key() + "\"", "\"resource\":\"messages\"", "\"filter\":\"roomId=R1\"");
		String secret = this.store.secret(registration.key());
		assertThat(secret).matches("[A-Za-z0-9_-]{43}");
		assertThat(this.bodies.get(0)).contains("\"secret\":\"" + secret + "\"");
		assertThat(this.webhooks.registrations("P1")).singleElement()
			.satisfies((stored) -> assertThat(stored.webhookId()).isEqualTo("WH1"));
	}

	@Test
	void registerWhenTwiceThenDifferentKeysAndSecrets() {
		String first = this.webhooks.register("P1", "messages", "created", null).key();
		String second = this.webhooks.register("P1", "memberships", "created", null).key();
		assertThat(first).isNotEqualTo(second);
		assertThat(this.store.secret(first)).isNotEqualTo(this.store.secret(second));
	}

	@Test
	void registerWhenWebexRefusesThenNothingStoredAndFailureThrown() {
		this.createStatus = 400;
		assertThatExceptionOfType(WebexApiException.class)
			.isThrownBy(() -> this.webhooks.register("P1", "messages", "created", null));
		assertThat(this.webhooks.registrations("P1")).isEmpty();
	}

	@Test
	void unregisterThenDeletedAtWebexAndHere() {
		this.webhooks.register("P1", "messages", "created", null);
		this.webhooks.register("P2", "messages", "created", null);
		this.deleteStatus = 404;
		this.webhooks.unregister("P1");
		assertThat(this.calls).contains("DELETE /v1/webhooks/WH1");
		assertThat(this.webhooks.registrations("P1")).as("a webhook Webex no longer knows is fine").isEmpty();
		assertThat(this.webhooks.registrations("P2")).hasSize(1);
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
		this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		int status;
		String body = "";
		if ("POST".equals(exchange.getRequestMethod())) {
			status = this.createStatus;
			body = (status == 200) ? "{\"id\":\"WH" + this.calls.size() + "\",\"status\":\"active\"}"
					: "{\"message\":\"refused\",\"trackingId\":\"T1\"}";
		}
		else {
			status = this.deleteStatus;
			body = (status == 404) ? "{\"message\":\"not found\",\"trackingId\":\"T2\"}" : "";
		}
		exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

}
