package io.webexkit.app;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.RefreshRotation;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.StartupRefusedException;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.refresh.GrantKeeper;
import io.webexkit.spring.refresh.RefreshCoordinator.BackgroundOutcome;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the app on one PostgreSQL, with one standalone simulated Webex and no sticky sessions: the
 * test's browser sends each request to whichever instance the test picks, as a round-robin load balancer would. A
 * third instance, started for a moment, brings another token key.
 */
class ScaleOutIntegrationTests {

	static TestPostgres postgres;

	static StandaloneSimulator webex;

	static AppInstance a;

	static AppInstance b;

	static String redirectUri;

	/** The token key ring of A and B. */
	static String key = AppInstance.randomTokenKey();

	@BeforeAll
	static void start() {
		postgres = TestPostgres.start();
		webex = StandaloneSimulator.start();
		int portA = TestPostgres.freePort();
		redirectUri = "http://localhost:" + portA + "/oauth";
		webex.simulator()
			.registerClient("test-client", "test-secret", "Test", AppInstance.DEFAULT_SCOPES,
					Set.of(redirectUri));
		a = AppInstance.start(properties(portA, redirectUri, key));
		b = AppInstance.start(properties(0, redirectUri, key));
	}

	static Map<String, String> properties(int port, String redirectUri, String key) {
		Map<String, String> properties = AppInstance.onPostgres(postgres, webex, port, "test-client", redirectUri, key);
		properties.put("webex.refresh-lock-timeout", "3s");
		return properties;
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { b, a, webex, postgres }) {
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
		postgres.webex().sql("DELETE FROM person_session").update();
	}

	WebexSimulator simulator() {
		return webex.simulator();
	}

	@Test
	void grantWhenStartedOnAAndCallbackReachesBThenConnectedOnBoth() { // B17
		Browser browser = connectAcrossInstances();
		assertThat(this.simulator().tokenRequests("authorization_code")).isEqualTo(1);
		for (AppInstance instance : List.of(a, b, a, b)) {
			HttpResponse<String> spaces = browser.get(instance.url("/spaces"));
			assertThat(spaces.statusCode()).as("spaces on port %d", instance.port()).isEqualTo(200);
			assertThat(spaces.body()).contains("Your spaces");
		}
		assertThat(postgres.webex().sql("SELECT COUNT(*) FROM webex_grant").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void logoutWhenPostedToAThenTheSessionIsOverOnBToo() { // F2
		Browser browser = connectAcrossInstances();
		String token = Browser.hiddenInputs(browser.get(a.url("/")).body()).get("_csrf");
		HttpResponse<String> logout = browser.post(a.url("/logout"), Map.of("_csrf", token));
		assertThat(logout.statusCode()).isEqualTo(302);
		for (AppInstance instance : List.of(b, a)) {
			HttpResponse<String> spaces = browser.get(instance.url("/spaces"));
			assertThat(spaces.statusCode()).as("spaces on port %d", instance.port()).isEqualTo(302);
		}
	}

	@Test
	void disconnectWhenPostedToBThenAActsForNobody() {
		Browser browser = connectAcrossInstances();
		String token = Browser.hiddenInputs(browser.get(b.url("/")).body()).get("_csrf");
		assertThat(browser.post(b.url("/disconnect"), Map.of("_csrf", token)).statusCode()).isEqualTo(302);
		assertThat(postgres.webex().sql("SELECT COUNT(*) FROM webex_grant").query(Long.class).single()).isZero();
		HttpResponse<String> spaces = browser.get(a.url("/spaces"));
		assertThat(spaces.statusCode()).isEqualTo(401);
		assertThat(spaces.body()).contains("Access removed", "This app no longer has access to your Webex account");
		assertThat(browser.get(a.url("/")).body()).contains("GRANT");
	}

	@Test
	void startWhenOnPostgresThenMigratedAndStatementTimeoutFromTheUrlApplies() {
		assertThat(postgres.webex()
			.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).containsExactly("1", "4");
		for (AppInstance instance : List.of(a, b)) {
			assertThat(instance.jdbc().sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("15s");
		}
	}

	@Test
	void spacesWhenFortyConcurrentRequestsOnBothInstancesAfterExpiryThenOneRefresh() throws Exception { // G2
		Browser browser = connectAcrossInstances();
		expireStoredAccessTokens();
		assertThat(concurrentSpaces(browser, 40)).containsOnly(200);
		assertThat(this.simulator().tokenRequests("refresh_token")).isEqualTo(1);
	}

	@Test
	void spacesWhenRefreshTokensRotateAndRevokeFamilyThenThreeRoundsWithoutErrors() throws Exception { // G4
		this.simulator().behavior().setRefreshRotation(RefreshRotation.ROTATE_REVOKE_FAMILY);
		Browser browser = connectAcrossInstances();
		for (int round = 1; round <= 3; round++) {
			expireStoredAccessTokens();
			assertThat(concurrentSpaces(browser, 40)).as("round %d", round).containsOnly(200);
			assertThat(this.simulator().tokenRequests("refresh_token")).as("round %d", round).isEqualTo(round);
		}
	}

	@Test
	void spacesWhenAnotherConnectionHoldsTheRowLockThenBoundedWaitAndRecoveryWhenItsBackendDies() throws Exception { // G5
		Browser browser = connectAcrossInstances();
		expireStoredAccessTokens();
		try (Connection holder = postgres.webexDataSource().getConnection()) {
			holder.setAutoCommit(false);
			int pid;
			try (Statement statement = holder.createStatement()) {
				statement.execute("SELECT * FROM webex_grant FOR UPDATE");
				try (ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
					rs.next();
					pid = rs.getInt(1);
				}
			}
			long started = System.nanoTime();
			HttpResponse<String> waited = browser.get(a.url("/spaces"));
			long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			// an answer at all (not the browser's timeout) shows the wait is bounded; at least the lock timeout, that
			// it waited for the lock rather than giving up at once
			assertThat(waited.statusCode()).isEqualTo(503);
			assertThat(waited.body()).contains("taking longer than usual").contains("try again")
				.doesNotContain("Exception");
			assertThat(waitedMillis).as("waited for the row lock").isGreaterThanOrEqualTo(3_000L);

			CompletableFuture<HttpResponse<String>> blocked = CompletableFuture
				.supplyAsync(() -> browser.get(b.url("/spaces")));
			await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() == 1);
			assertThat(blocked).as("B waits behind the holder").isNotDone();
			// the holder "crashes": its backend goes away, and with it the lock
			assertThat(postgres.admin().sql("SELECT pg_terminate_backend(?)").param(pid).query(Boolean.class).single())
				.isTrue();
			HttpResponse<String> after = blocked.get(20, TimeUnit.SECONDS);
			assertThat(after.statusCode()).isEqualTo(200);
		}
		assertThat(this.simulator().tokenRequests("refresh_token")).isEqualTo(1);
	}

	@Test
	void startWhenAnotherInstanceHasADifferentTokenKeyThenRefusedAndEveryGrantStaysAsItWas() { // E3
		Browser browser = connectAcrossInstances();
		List<Map<String, Object>> before = postgres.grantRows();

		StartupRefusedException refused = RefusedStart.of(properties(0, redirectUri, AppInstance.randomTokenKey()));

		assertThat(refused.getMessage()).contains("WEBEX_TOKEN_KEY")
			.contains("(1 grant)")
			.contains("Nothing was changed or deleted");
		assertThat(postgres.grantRows()).usingRecursiveComparison().isEqualTo(before);
		for (AppInstance instance : List.of(a, b)) {
			assertThat(browser.get(instance.url("/spaces")).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void keeperAndPagesWhenAGrantIsUnderAKeyTheseInstancesLackThenItStaysAsItWasAndTheUserIsToldToTryAgain() { // E3
		Browser browser = connectAcrossInstances();
		// due for the background refresh, and a page view would refresh it too
		expireStoredAccessTokens();
		// a rotation begun on one more instance only (new key first): at start it re-encrypts every grant
		String newKey = AppInstance.randomTokenKey();
		AppInstance.start(properties(0, redirectUri, newKey + "," + key)).close();
		List<Map<String, Object>> before = postgres.grantRows();
		assertThat(before).singleElement()
			.satisfies((row) -> assertThat(row.get("key_id")).as("under the new key")
				.isNotIn(a.context().getBean(TokenKeyRing.class).ids()));
		this.simulator().resetStats();

		List<BackgroundOutcome> swept = a.context().getBean(GrantKeeper.class).sweep();
		List<HttpResponse<String>> pages = List.of(browser.get(a.url("/spaces")), browser.get(b.url("/spaces")));

		assertThat(swept).as("the keeper leaves it alone").isEmpty();
		assertThat(pages).allSatisfy((page) -> {
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("Nothing was lost").contains("try again").doesNotContain("Exception");
		});
		assertThat(postgres.grantRows()).as("byte for byte").usingRecursiveComparison().isEqualTo(before);
		assertThat(this.simulator().tokenRequests()).as("no refresh attempted").isZero();
	}

	/** Backends of the app database waiting for a lock another transaction holds. */
	static long waitingForALock() {
		return postgres.admin()
			.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = 'webex' AND wait_event_type = 'Lock'")
			.query(Long.class)
			.single();
	}

	/** GRANT on A, consent at the simulator, and the callback delivered to B. */
	static Browser connectAcrossInstances() {
		Browser browser = new Browser(a.port());
		URI callback = GrantFlow.consent(browser, "accept", null);
		assertThat(callback.getPort()).isEqualTo(a.port());
		URI toB = UriComponentsBuilder.fromUri(callback).port(b.port()).build(true).toUri();
		HttpResponse<String> landed = browser.follow(browser.get(toB.toString()));
		assertThat(landed.statusCode()).as("home on B after the callback").isEqualTo(200);
		assertThat(landed.uri().getPort()).isEqualTo(b.port());
		assertThat(landed.body()).contains("Spaces");
		return browser;
	}

	/** Both the simulator and the vault consider the current access token expired. */
	void expireStoredAccessTokens() {
		this.simulator().expireAllAccessTokens();
		postgres.webex()
			.sql("UPDATE webex_grant SET access_token_expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute'")
			.update();
	}

	/** {@code count} simultaneous {@code /spaces} requests, alternating between A and B; their statuses. */
	static List<Integer> concurrentSpaces(Browser browser, int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<CompletableFuture<Integer>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				AppInstance target = (i % 2 == 0) ? a : b;
				results.add(CompletableFuture.supplyAsync(() -> browser.get(target.url("/spaces")).statusCode(), pool));
			}
			List<Integer> statuses = new ArrayList<>();
			for (CompletableFuture<Integer> result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
