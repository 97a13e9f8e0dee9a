package io.webexkit.spring.refresh;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;

import io.webexkit.spring.MutableClock;
import io.webexkit.spring.TestKeys;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.metrics.TokenMetrics;
import io.webexkit.spring.vault.GrantIndex;
import io.webexkit.spring.vault.StoredGrant;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.transaction.support.TransactionTemplate;

/** A vault on a fresh in-memory H2 database (migrated by Flyway), a coordinator, a test clock and a fake endpoint. */
public final class CoordinatorFixture {

	public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	public final MutableClock clock = new MutableClock(START);

	public final FakeTokenEndpoint endpoint = new FakeTokenEndpoint();

	public final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	public final TokenMetrics metrics = new TokenMetrics(this.meters);

	public final DataSource dataSource;

	public final TokenVault vault;

	public final GrantIndex index;

	public final RefreshCoordinator coordinator;

	private final String key;

	/** The coordinator's limit on refreshes in flight at once. */
	public static final int CONCURRENCY = 4;

	/** Grants unused this long are idle (WEBEX_GRANT_IDLE_DAYS). */
	public static final Duration IDLE_AFTER = Duration.ofDays(60);

	public CoordinatorFixture() {
		this.dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
		Flyway.configure().dataSource(this.dataSource).locations("classpath:io/webexkit/spring/db/h2").table("webex_schema_history").load().migrate();
		this.key = TestKeys.random();
		TokenKeyRing keys = TokenKeyRing.load(this.key, Path.of("."), false);
		this.vault = new TokenVault(JdbcClient.create(this.dataSource), keys, this.clock, this.metrics);
		this.index = new GrantIndex(JdbcClient.create(this.dataSource), keys, this.metrics);
		ClientRegistration registration = ClientRegistration.withRegistrationId("webex")
			.clientId("id")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/oauth")
			.authorizationUri("http://localhost/v1/authorize")
			.tokenUri("http://localhost/v1/access_token")
			.build();
		this.coordinator = new RefreshCoordinator(this.vault, new RefreshCoordinator.RegistrationSource() {

			@Override
			public String registrationId() {
				return registration.getRegistrationId();
			}

			@Override
			public ClientRegistration registration() {
				return registration;
			}

		}, this.endpoint, new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)), this.clock,
				new RefreshPolicy(Duration.ofMinutes(5), IDLE_AFTER), this.metrics, CONCURRENCY,
				Duration.ofSeconds(10));
	}

	/** The base64 key the vault encrypts with. */
	public String keyBase64() {
		return this.key;
	}

	/** Stores a grant for {@code person} whose access token expires at {@code accessExpiresAt}. */
	public void store(String person, Instant accessExpiresAt) {
		this.vault.save(new StoredGrant("webex", person, "access-initial", START.minus(Duration.ofDays(14)),
				accessExpiresAt.truncatedTo(ChronoUnit.MILLIS), "refresh-initial", START.minus(Duration.ofDays(14)),
				START.plus(Duration.ofDays(60)), Set.of("spark:rooms_read"), 0, 0, null));
	}

}
