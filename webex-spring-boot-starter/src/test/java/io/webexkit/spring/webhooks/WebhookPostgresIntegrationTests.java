package io.webexkit.spring.webhooks;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.webexkit.client.WebhookSignature;
import io.webexkit.spring.Concurrently;
import io.webexkit.spring.TestKeys;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhookEvent;
import io.webexkit.spring.bodies.BodyGuard;
import io.webexkit.spring.metrics.WebhookMetrics;
import io.webexkit.spring.vault.SealedSecrets;
import io.webexkit.spring.vault.VaultDatabase;
import io.webexkit.spring.vault.VaultSchema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static io.webexkit.spring.webhooks.WebhookReceiverIntegrationTests.DELIVERY;
import static io.webexkit.spring.webhooks.WebhookReceiverIntegrationTests.SECRET;
import static io.webexkit.spring.webhooks.WebhookReceiverIntegrationTests.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Two instances of an app on one PostgreSQL database: Webex delivering the same event to both is handled once. */
class WebhookPostgresIntegrationTests {

	private static EmbeddedPostgres postgres;

	private final List<WebexWebhookEvent> events = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void sameDeliveryToTwoInstancesThenOneEvent() throws Exception {
		TokenKeyRing keys = TestKeys.ring();
		WebhookReceiver first = instance(keys);
		WebhookReceiver second = instance(keys);
		WebhookStore store = new WebhookStore(JdbcClient.create(dataSource()), new SealedSecrets(keys),
				Clock.systemUTC());
		store.insert("PgKey000000000000000001", "webex", "P1", "memberships", "created", null, SECRET);
		String signature = WebhookSignature.sign(bytes(DELIVERY), SECRET);

		AtomicInteger turn = new AtomicInteger();
		List<Integer> statuses = Concurrently.run(8, () -> deliver(
				(turn.getAndIncrement() % 2 == 0) ? first : second, "PgKey000000000000000001", signature));

		assertThat(statuses).containsOnly(200).hasSize(8);
		assertThat(this.events).singleElement().satisfies((event) -> assertThat(event.personId()).isEqualTo("P1"));
		assertThat(JdbcClient.create(dataSource())
			.sql("SELECT COUNT(*) FROM webex_webhook_delivery WHERE registration_key = ?")
			.params("PgKey000000000000000001")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void secretWhenStoredThenEncryptedAndReadableByAnotherInstanceWithTheKey() {
		TokenKeyRing keys = TestKeys.ring();
		instance(keys);
		new WebhookStore(JdbcClient.create(dataSource()), new SealedSecrets(keys), Clock.systemUTC())
			.insert("PgKey000000000000000002", "webex", "P2", "messages", "created", "roomId=R1", SECRET);
		byte[] stored = JdbcClient.create(dataSource())
			.sql("SELECT secret FROM webex_webhook WHERE registration_key = ?")
			.params("PgKey000000000000000002")
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
		assertThat(new WebhookStore(JdbcClient.create(dataSource()), new SealedSecrets(keys), Clock.systemUTC())
			.secret("PgKey000000000000000002")).isEqualTo(SECRET);
	}

	private WebhookReceiver instance(TokenKeyRing keys) {
		DataSource dataSource = dataSource();
		new VaultSchema(dataSource, VaultDatabase.of(dataSource)).afterPropertiesSet();
		WebhookStore store = new WebhookStore(JdbcClient.create(dataSource), new SealedSecrets(keys),
				Clock.systemUTC());
		return new WebhookReceiver("/webex/webhooks", new BodyGuard(16, Duration.ofSeconds(10), 64 * 1024), store, mock(WebexClients.class),
				(event) -> this.events.add((WebexWebhookEvent) event), new WebhookMetrics(new SimpleMeterRegistry()));
	}

	private static int deliver(WebhookReceiver receiver, String key, String signature) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webex/webhooks/" + key);
		request.setContent(bytes(DELIVERY));
		request.addHeader(WebhookSignature.HEADER, signature);
		MockHttpServletResponse response = new MockHttpServletResponse();
		receiver.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	private static DataSource dataSource() {
		return postgres.getPostgresDatabase();
	}

}
