package io.webexkit.app;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app on PostgreSQL when the database goes away and comes back, and when the app is stopped in the middle of a
 * refresh.
 */
class DatabaseOutageIntegrationTests {

	static TestPostgres postgres;

	static StandaloneSimulator webex;

	static AppInstance app;

	static String key = AppInstance.randomTokenKey();

	@BeforeAll
	static void start() {
		postgres = TestPostgres.start();
		webex = StandaloneSimulator.start();
		app = start(TestPostgres.freePort());
	}

	static AppInstance start(int port) {
		String redirectUri = "http://localhost:" + port + "/oauth";
		webex.simulator()
			.registerClient("test-client-" + port, "test-secret", "Test",
					AppInstance.DEFAULT_SCOPES, Set.of(redirectUri));
		return AppInstance.start(AppInstance.onPostgres(postgres, webex, port, "test-client-" + port, redirectUri, key));
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { app, webex, postgres }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// keep closing the rest
			}
		}
	}

	@AfterEach
	void reset() {
		webex.simulator().reset();
		postgres.webex().sql("DELETE FROM webex_grant").update();
	}

	WebexSimulator simulator() {
		return webex.simulator();
	}

	@Test
	void requestsWhenDatabaseStopsAndStartsAgainThen503sReadinessDownAndRecoveryWithoutRestart() throws Exception { // H3
		Browser browser = new Browser(app.port());
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		List<Integer> statuses = new CopyOnWriteArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
			while (running.get()) {
				statuses.add(browser.get("/spaces").statusCode());
			}
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> statuses.contains(200));
		postgres.stop();
		try {
			// how fast the 503 comes is bench/outage.sh's to measure; an answer at all is this test's
			HttpResponse<String> spaces = browser.get("/spaces");
			assertThat(spaces.statusCode()).isEqualTo(503);
			assertThat(spaces.headers().firstValue("Retry-After")).isPresent();
			assertThat(spaces.body()).contains("Temporarily unavailable")
				.contains("try again")
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(browser.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			postgres.startServer();
		}
		awaitReady(browser, Duration.ofSeconds(60));
		int beforeRecovery = statuses.size();
		await().atMost(Duration.ofSeconds(30))
			.alias("the load's own requests succeed again")
			.until(() -> statuses.stream().skip(beforeRecovery).anyMatch((status) -> status == 200));
		running.set(false);
		load.get(30, TimeUnit.SECONDS);

		assertThat(statuses).contains(503).containsOnly(200, 503);
		HttpResponse<String> spaces = browser.get("/spaces");
		assertThat(spaces.statusCode()).as("the same session and grant after the outage").isEqualTo(200);
		assertThat(spaces.body()).contains("Your spaces");
		assertThat(postgres.webex().sql("SELECT COUNT(*) FROM webex_grant").query(Long.class).single()).isEqualTo(1);
		assertThat(this.simulator().tokenRequests("authorization_code")).isEqualTo(1);
	}

	@Test
	void grantWhenDatabaseIsDownThen503AndNoRedirectToWebex() { // H1
		Browser returning = new Browser(app.port());
		assertThat(GrantFlow.connect(returning).statusCode()).isEqualTo(200);
		String grantPath = GrantFlow.grantPath(new Browser(app.port()));
		postgres.stop();
		try {
			for (Browser browser : List.of(new Browser(app.port()), returning)) {
				HttpResponse<String> grant = browser.get(grantPath);
				assertThat(grant.statusCode()).isEqualTo(503);
				assertThat(grant.headers().firstValue("Location")).isEmpty();
				assertThat(grant.body()).contains("Temporarily unavailable").doesNotContain("/v1/authorize");
			}
			assertThat(this.simulator().recentTokenRequests()).hasSize(1);
		}
		finally {
			postgres.startServer();
		}
		awaitReady(returning, Duration.ofSeconds(60));
		assertThat(returning.get(grantPath).statusCode()).isEqualTo(302);
	}

	@Test
	void shutdownWhenRefreshIsInFlightThenItCompletesAndCommitsBeforeExit() throws Exception { // H7
		AppInstance stopping = start(TestPostgres.freePort());
		Browser browser = new Browser(stopping.port());
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		postgres.webex()
			.sql("UPDATE webex_grant SET access_token_expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute'")
			.update();
		long version = postgres.webex().sql("SELECT version FROM webex_grant").query(Long.class).single();
		this.simulator().behavior().setTokenEndpointLatency(Duration.ofSeconds(3));

		CompletableFuture<HttpResponse<String>> spaces = CompletableFuture.supplyAsync(() -> browser.get("/spaces"));
		// the simulated Webex's latency keeps the refresh in flight while the instance is told to stop
		await().atMost(Duration.ofSeconds(20)).until(() -> this.simulator().tokenRequests("refresh_token") > 0);
		assertThat(this.simulator().tokenRequests("refresh_token")).as("refresh under way").isEqualTo(1);
		stopping.close(); // what SIGTERM does: graceful shutdown waits for the request in flight

		HttpResponse<String> answered = spaces.get(5, TimeUnit.SECONDS);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(postgres.webex().sql("SELECT version FROM webex_grant").query(Long.class).single())
			.isGreaterThan(version);
		OffsetDateTime expires = postgres.webex()
			.sql("SELECT access_token_expires_at FROM webex_grant")
			.query(OffsetDateTime.class)
			.single();
		assertThat(expires.toInstant()).isAfter(Instant.now());
	}

	static void awaitReady(Browser browser, Duration timeout) {
		await().atMost(timeout)
			.alias("ready again")
			.until(() -> browser.get("/actuator/health/readiness").statusCode() == 200);
	}

}
