package io.webexkit.spring.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.webexkit.client.WebexClient;
import io.webexkit.spring.MutableClock;
import io.webexkit.spring.TestKeys;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.WebhookRegistration;
import io.webexkit.spring.WebhookSubscription;
import io.webexkit.spring.metrics.WebhookMetrics;
import io.webexkit.spring.refresh.RefreshCoordinator;
import io.webexkit.spring.vault.SealedSecrets;
import io.webexkit.spring.vault.VaultDatabase;
import io.webexkit.spring.vault.VaultSchema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Keeping a person's subscriptions registered: after the GRANT, and in the background against what Webex did to the
 * webhooks (lost them, turned them off), on a clock the test moves.
 */
class WebhookReconciliationTests {

	private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

	/** Webex's webhooks, by id: their status. */
	private final Map<String, String> atWebex = new ConcurrentHashMap<>();

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private final MutableClock clock = new MutableClock(START);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private volatile int createStatus = 200;

	private HttpServer webex;

	private WebhookStore store;

	private WebexWebhooks webhooks;

	private JdbcClient jdbc;

	@BeforeEach
	void start() throws IOException {
		this.webex = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.webex.createContext("/v1/webhooks", this::answer);
		this.webex.start();
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new VaultSchema(dataSource, VaultDatabase.of(dataSource)).afterPropertiesSet();
		this.jdbc = JdbcClient.create(dataSource);
		MutableClock clock = this.clock;
		this.store = new WebhookStore(this.jdbc, new SealedSecrets(TestKeys.ring()), clock);
		RefreshCoordinator coordinator = mock(RefreshCoordinator.class);
		given(coordinator.accessTokenInBackground(anyString())).willReturn("token-of-P1");
		URI api = URI.create("http://127.0.0.1:" + this.webex.getAddress().getPort() + "/v1");
		WebexClients clients = new WebexClients(() -> WebexClient.builder().baseUrl(api).build(), coordinator);
		this.webhooks = new WebexWebhooks(this.store, clients, "webex", URI.create("https://app.example.com/"),
				"/webex/webhooks",
				List.of(WebhookSubscription.parse("messages:created"),
						WebhookSubscription.parse("memberships:created:roomId=R1")),
				clock, new WebhookMetrics(this.meters));
	}

	@AfterEach
	void stop() {
		this.webex.stop(0);
	}

	@Test
	void subscribeThenEachSubscriptionRegisteredOnce() {
		assertThat(this.webhooks.subscribe("P1")).hasSize(2);
		assertThat(this.webhooks.subscribe("P1")).as("already registered").isEmpty();
		assertThat(this.webhooks.registrations("P1")).extracting(WebhookRegistration::filter)
			.containsExactlyInAnyOrder(null, "roomId=R1");
		assertThat(this.atWebex).hasSize(2);
	}

	@Test
	void subscribeWhenWebexRefusesThenSignInGoesOnAndReconcileRegistersLater() {
		this.createStatus = 400;
		assertThat(this.webhooks.subscribe("P1")).isEmpty();
		this.createStatus = 200;
		this.webhooks.reconcile("P1");
		assertThat(this.webhooks.registrations("P1")).hasSize(2);
		assertThat(reconciled("registered")).isEqualTo(2);
	}

	@Test
	void reconcileWhenWebhookDeletedAtWebexThenRecreatedWithNewTargetAndSecret() {
		this.webhooks.subscribe("P1");
		WebhookRegistration lost = this.webhooks.registrations("P1").get(0);
		String oldSecret = this.store.secret(lost.key());
		this.atWebex.remove(lost.webhookId());
		this.webhooks.reconcile("P1");
		List<WebhookRegistration> now = this.webhooks.registrations("P1");
		assertThat(now).hasSize(2).noneMatch((registration) -> registration.key().equals(lost.key()));
		WebhookRegistration recreated = now.stream()
			.filter((registration) -> registration.resource().equals(lost.resource()))
			.findFirst()
			.orElseThrow();
		assertThat(recreated.webhookId()).isNotEqualTo(lost.webhookId());
		assertThat(this.store.secret(recreated.key())).isNotEqualTo(oldSecret);
		assertThat(this.atWebex).hasSize(2).containsKey(recreated.webhookId());
		assertThat(reconciled("recreated")).isEqualTo(1);
	}

	@Test
	void reconcileWhenInactiveThenReactivatedOnlyFiveMinutesAfterFirstSeen() {
		this.webhooks.subscribe("P1");
		String webhookId = this.webhooks.registrations("P1").get(0).webhookId();
		this.atWebex.put(webhookId, "inactive");
		this.webhooks.reconcile("P1");
		this.clock.advance(Duration.ofMinutes(4).plusSeconds(59));
		this.webhooks.reconcile("P1");
		assertThat(this.calls).noneMatch((call) -> call.startsWith("PUT"));
		assertThat(this.atWebex).containsEntry(webhookId, "inactive");
		this.clock.advance(Duration.ofSeconds(1));
		this.webhooks.reconcile("P1");
		assertThat(this.calls).contains("PUT /v1/webhooks/" + webhookId);
		assertThat(this.atWebex).containsEntry(webhookId, "active");
		assertThat(reconciled("reactivated")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM webex_webhook WHERE inactive_since IS NOT NULL")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void forgetThenDeletedAtWebexAndHereEvenWhenWebexFails() {
		this.webhooks.subscribe("P1");
		String first = this.webhooks.registrations("P1").get(0).webhookId();
		this.atWebex.remove(first);
		this.webhooks.forget("P1");
		assertThat(this.webhooks.registrations("P1")).isEmpty();
		assertThat(this.atWebex).isEmpty();
	}

	@Test
	void forgetDisconnectedThenRowsOfPeopleWithoutGrantDeleted() {
		this.webhooks.subscribe("P1");
		assertThat(this.webhooks.forgetDisconnected()).isEqualTo(2);
		assertThat(this.webhooks.registrations("P1")).isEmpty();
	}

	@Test
	void claimReconcileThenOneInstancePerPass() {
		assertThat(this.store.claimReconcile("webex", START.plus(Duration.ofMinutes(2)))).isTrue();
		assertThat(this.store.claimReconcile("webex", START.plus(Duration.ofMinutes(2)))).as("another instance")
			.isFalse();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.store.claimReconcile("webex", START.plus(Duration.ofMinutes(4)))).isTrue();
	}

	@Test
	void forgetDeliveriesBeforeThenOnlyOlderOnesForgottenAndTheirRedeliveryHandledAgain() {
		DeliveryKey old = new DeliveryKey("K1", "D1", "M1", "created");
		DeliveryKey recent = new DeliveryKey("K1", "D2", "M2", "created");
		assertThat(this.store.firstDelivery(old)).isTrue();
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.store.firstDelivery(recent)).isTrue();
		assertThat(this.store.forgetDeliveriesBefore(START.plus(Duration.ofHours(1)))).isEqualTo(1);
		assertThat(this.store.firstDelivery(old)).as("forgotten").isTrue();
		assertThat(this.store.firstDelivery(recent)).as("still remembered").isFalse();
	}

	private double reconciled(String action) {
		return this.meters.counter("webex.webhooks.reconciled", "action", action).count();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		this.calls.add(method + " " + path);
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String id = path.substring(path.lastIndexOf('/') + 1);
		int status;
		String answer = "";
		if ("POST".equals(method)) {
			status = this.createStatus;
			if (status == 200) {
				String created = "WH" + this.ids.incrementAndGet();
				this.atWebex.put(created, "active");
				answer = webhook(created, "active");
			}
			else {
				answer = "{\"message\":\"failed\",\"trackingId\":\"T1\"}";
			}
		}
		else if (!this.atWebex.containsKey(id)) {
			status = 404;
			answer = "{\"message\":\"not found\",\"trackingId\":\"T2\"}";
		}
		else if ("GET".equals(method)) {
			status = 200;
			answer = webhook(id, this.atWebex.get(id));
		}
		else if ("PUT".equals(method)) {
			this.atWebex.put(id, body.contains("\"status\":\"active\"") ? "active" : this.atWebex.get(id));
			status = 200;
			answer = webhook(id, this.atWebex.get(id));
		}
		else {
			this.atWebex.remove(id);
			status = 204;
		}
		exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private static String webhook(String id, String status) {
		return "{\"id\":\"" + id + "\",\"name\":\"n\",\"targetUrl\":\"https://app.example.com/webex/webhooks/k\","
				+ "\"resource\":\"messages\",\"event\":\"created\",\"status\":\"" + status + "\"}";
	}

}
