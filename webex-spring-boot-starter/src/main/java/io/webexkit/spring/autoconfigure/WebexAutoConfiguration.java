package io.webexkit.spring.autoconfigure;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import io.webexkit.client.WebexClient;
import io.webexkit.spring.StartupRefusedException;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexCredentials;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexProperties;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.login.VaultAuthorizedClients;
import io.webexkit.spring.login.WebexRegistrations;
import io.webexkit.spring.login.WebexUserService;
import io.webexkit.spring.metrics.TokenMetrics;
import io.webexkit.spring.metrics.WebexCallMetrics;
import io.webexkit.spring.refresh.GrantKeeper;
import io.webexkit.spring.refresh.RefreshCoordinator;
import io.webexkit.spring.refresh.RefreshPolicy;
import io.webexkit.spring.refresh.TokenEndpointClients;
import io.webexkit.spring.vault.GrantIndex;
import io.webexkit.spring.vault.KeyRotation;
import io.webexkit.spring.vault.TokenKeyCheck;
import io.webexkit.spring.vault.TokenVault;
import io.webexkit.spring.vault.VaultDatabase;
import io.webexkit.spring.vault.VaultSchema;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The Webex integration's core: where Webex is, the client registration, the encrypted token vault on the host's
 * {@code DataSource} (H2 or PostgreSQL, its own table and migrations), the refresh coordinator and the background
 * keeper, and {@link WebexClients}. Every bean backs off when the host declares its own.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class },
		beforeName = { "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration" })
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(WebexProperties.class)
public class WebexAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WebexAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	WebexEndpoints webexEndpoints(WebexProperties properties, Environment environment) {
		return new WebexEndpoints(properties, environment.getProperty("server.port", Integer.class, 8080));
	}

	@Bean
	@ConditionalOnMissingBean
	WebexCredentials webexCredentials(WebexProperties properties) {
		String clientId = properties.clientId();
		String clientSecret = properties.clientSecret();
		if (!StringUtils.hasText(clientId) || !StringUtils.hasText(clientSecret)) {
			throw new StartupRefusedException(
					"webex.client-id and webex.client-secret (WEBEX_CLIENT_ID, WEBEX_CLIENT_SECRET) are not set",
					"Create an integration on developer.webex.com (My Webex Apps) with this app's redirect URI and "
							+ "give its client id and secret; in tests, @AutoConfigureWebexSimulator points the app "
							+ "at a simulated Webex.");
		}
		return new WebexCredentials(clientId, clientSecret);
	}

	@Bean
	@ConditionalOnMissingBean
	WebexRegistrations webexRegistrations(WebexProperties properties, WebexEndpoints endpoints,
			WebexCredentials credentials) {
		return new WebexRegistrations(properties, endpoints, credentials);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock webexClock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	VaultDatabase webexVaultDatabase(DataSource dataSource) {
		return VaultDatabase.of(dataSource);
	}

	/**
	 * After the host's own schema set-up (its Flyway, Liquibase or SQL scripts): a host's Flyway refuses to start on
	 * a schema that already holds tables (the vault's) but not its own history.
	 */
	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	VaultSchema webexVaultSchema(DataSource dataSource, VaultDatabase database) {
		return new VaultSchema(dataSource, database);
	}

	/**
	 * With no key configured, a database in memory gets a key in memory (a key file would outlive the grants it
	 * protects), and an H2 file a key file in the data directory.
	 */
	@Bean
	@ConditionalOnMissingBean
	TokenKeyRing webexTokenKeyRing(WebexProperties properties, VaultDatabase database) {
		boolean configured = StringUtils.hasText(properties.tokenKey()) || properties.tokenKeyFile() != null;
		TokenKeyRing keys = (!configured && database.inMemory()) ? TokenKeyRing.inMemory(database.url())
				: TokenKeyRing.load(properties.tokenKey(), properties.tokenKeyFile(), properties.dataDir(),
						database.embedded());
		log.info(database.storage(keys));
		return keys;
	}

	@Bean
	@ConditionalOnMissingBean
	TokenMetrics webexTokenMetrics(ObjectProvider<MeterRegistry> registry) {
		return new TokenMetrics(registry.getIfUnique(() -> Metrics.globalRegistry));
	}

	@Bean
	@ConditionalOnMissingBean
	TokenVault webexTokenVault(DataSource dataSource, VaultSchema schema, VaultDatabase database,
			TokenKeyRing keys, Clock clock, TokenMetrics metrics, WebexProperties properties,
			ObjectProvider<MeterRegistry> registry) {
		TokenVault vault = new TokenVault(JdbcClient.create(dataSource), keys, clock, metrics,
				database.postgres() ? properties.refreshLockTimeout() : null);
		MeterRegistry meters = registry.getIfUnique(() -> Metrics.globalRegistry);
		Gauge.builder("webex.grants.stored", vault, TokenVault::count).description("Stored grants").register(meters);
		return vault;
	}

	@Bean
	@ConditionalOnMissingBean
	GrantIndex webexGrantIndex(DataSource dataSource, VaultSchema schema, TokenKeyRing keys, Clock clock,
			TokenMetrics metrics, ObjectProvider<MeterRegistry> registry) {
		GrantIndex index = new GrantIndex(JdbcClient.create(dataSource), keys, metrics);
		Gauge.builder("webex.grants.refresh.expiring", index,
				(i) -> i.countRefreshExpiringBefore(clock.instant().plus(Duration.ofDays(7))))
			.description("Grants whose refresh token expires within 7 days")
			.register(registry.getIfUnique(() -> Metrics.globalRegistry));
		return index;
	}

	/** Before anything reads a grant: stored grants no configured key can read stop the start. */
	@Bean
	@ConditionalOnMissingBean
	TokenKeyCheck webexTokenKeyCheck(GrantIndex index, TokenKeyRing keys, WebexRegistrations registrations) {
		return new TokenKeyCheck(index, keys, registrations);
	}

	@Bean
	@ConditionalOnMissingBean
	RefreshPolicy webexRefreshPolicy(WebexProperties properties) {
		return new RefreshPolicy(properties.refreshMargin(), Duration.ofDays(properties.grantIdleDays()));
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> webexCodeTokenClient(
			WebexProperties properties) {
		return TokenEndpointClients.codeClient(properties.connectTimeout(), properties.readTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> webexRefreshTokenClient(
			WebexProperties properties) {
		return TokenEndpointClients.refreshClient(properties.connectTimeout(), properties.readTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	RefreshCoordinator webexRefreshCoordinator(TokenVault vault, WebexRegistrations registrations,
			OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient,
			PlatformTransactionManager transactionManager, Clock clock, WebexProperties properties,
			RefreshPolicy policy, TokenMetrics metrics) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		transactions.setTimeout((int) Duration.ofSeconds(60).toSeconds());
		return new RefreshCoordinator(vault, registrations, refreshClient, transactions, clock, policy, metrics,
				properties.refreshConcurrency(), properties.refreshLockTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	KeyRotation webexKeyRotation(TokenVault vault) {
		return new KeyRotation(vault);
	}

	@Bean
	@ConditionalOnMissingBean
	GrantKeeper webexGrantKeeper(GrantIndex index, RefreshCoordinator coordinator, Clock clock,
			WebexProperties properties) {
		return new GrantKeeper(index, coordinator, clock, properties.refreshConcurrency(),
				properties.refreshSweepInterval());
	}

	@Bean
	@ConditionalOnMissingBean
	WebexClients webexClients(WebexEndpoints endpoints, WebexProperties properties, RefreshCoordinator coordinator,
			Clock clock, ObjectProvider<MeterRegistry> registry) {
		return new WebexClients(() -> WebexClient.builder()
			.baseUrl(endpoints.apiBaseUrl())
			.connectTimeout(properties.connectTimeout())
			.readTimeout(properties.readTimeout())
			.clock(clock)
			.userAgent("webex-integration-kit")
			.callListener(new WebexCallMetrics(registry.getIfUnique(() -> Metrics.globalRegistry)))
			.build(), coordinator);
	}

	@Bean
	@ConditionalOnMissingBean
	WebexGrants webexGrants(TokenVault vault, GrantIndex index, RefreshCoordinator coordinator,
			ObjectProvider<WebexWebhooks> webhooks) {
		return new WebexGrants(vault, index, coordinator,
				(personId) -> webhooks.ifAvailable((available) -> available.forget(personId)));
	}

	/** Where {@code oauth2Login} stores a new grant: the vault, never the session. */
	@Bean
	@ConditionalOnMissingBean
	VaultAuthorizedClients webexAuthorizedClients(TokenVault vault, WebexRegistrations registrations, Clock clock,
			ObjectProvider<WebexWebhooks> webhooks) {
		return new VaultAuthorizedClients(vault, registrations, clock,
				(personId) -> webhooks.ifAvailable((available) -> available.subscribe(personId)));
	}

	@Bean
	@ConditionalOnMissingBean(name = "webexUserService")
	OAuth2UserService<OAuth2UserRequest, OAuth2User> webexUserService(WebexClients clients) {
		return new WebexUserService(clients);
	}

}
