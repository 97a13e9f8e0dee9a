package io.webexkit.app.token;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.webexkit.app.system.Databases;
import io.webexkit.app.system.WebexEndpoints;
import io.webexkit.app.system.WebexProperties;
import io.webexkit.client.WebexClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wiring of the token vault and the refresh coordinator. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	TokenKeyRing tokenKeyRing(WebexProperties properties, DataSourceProperties dataSource) {
		return TokenKeyRing.load(properties.tokenKey(), properties.tokenKeyFile(), properties.dataDir(),
				Databases.embedded(dataSource.getUrl()));
	}

	/** Before anything reads a grant: stored grants no configured key can read stop the start. */
	@Bean
	@DependsOnDatabaseInitialization
	TokenKeyCheck tokenKeyCheck(TokenVault vault, TokenKeyRing keys,
			RefreshCoordinator.RegistrationSource registrations) {
		return new TokenKeyCheck(vault, keys, registrations);
	}

	@Bean
	RefreshPolicy refreshPolicy(WebexProperties properties) {
		return new RefreshPolicy(properties.refreshMargin(), Duration.ofDays(properties.grantIdleDays()));
	}

	@Bean
	TokenMetrics tokenMetrics(MeterRegistry registry) {
		return new TokenMetrics(registry);
	}

	@Bean
	TokenVault tokenVault(DataSource dataSource, DataSourceProperties dataSourceProperties, TokenKeyRing keys,
			Clock clock, TokenMetrics metrics, MeterRegistry registry,
			@Value("${webex.refresh-lock-timeout:10s}") Duration lockTimeout) {
		boolean postgres = Databases.postgres(dataSourceProperties.getUrl());
		TokenVault vault = new TokenVault(JdbcClient.create(dataSource), keys, clock, metrics,
				postgres ? lockTimeout : null);
		Gauge.builder("webex.grants.stored", vault, TokenVault::count)
			.description("Stored grants")
			.register(registry);
		Gauge.builder("webex.grants.refresh.expiring", vault,
				(v) -> v.countRefreshExpiringBefore(clock.instant().plus(Duration.ofDays(7))))
			.description("Grants whose refresh token expires within 7 days")
			.register(registry);
		return vault;
	}

	@Bean
	GrantedScopes grantedScopes(TokenVault vault, RefreshCoordinator.RegistrationSource registrations) {
		return new GrantedScopes(vault, registrations);
	}

	@Bean
	VaultAuthorizedClients vaultAuthorizedClients(TokenVault vault, ClientRegistrationRepository registrations,
			Clock clock) {
		return new VaultAuthorizedClients(vault, registrations, clock);
	}

	@Bean
	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> webexCodeTokenClient(
			WebexProperties properties) {
		return TokenEndpointClients.codeClient(properties.connectTimeout(), properties.readTimeout());
	}

	@Bean
	OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> webexRefreshTokenClient(
			WebexProperties properties) {
		return TokenEndpointClients.refreshClient(properties.connectTimeout(), properties.readTimeout());
	}

	@Bean
	RefreshCoordinator refreshCoordinator(TokenVault vault, RefreshCoordinator.RegistrationSource registrations,
			OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> webexRefreshTokenClient,
			PlatformTransactionManager transactionManager, Clock clock, WebexProperties properties,
			RefreshPolicy policy, TokenMetrics metrics,
			@Value("${webex.refresh-lock-timeout:10s}") Duration lockTimeout) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		transactions.setTimeout((int) Duration.ofSeconds(60).toSeconds());
		return new RefreshCoordinator(vault, registrations, webexRefreshTokenClient, transactions, clock,
				policy, metrics, properties.refreshConcurrency(), lockTimeout);
	}

	@Bean
	KeyRotation keyRotation(TokenVault vault) {
		return new KeyRotation(vault);
	}

	@Bean
	GrantKeeper grantKeeper(TokenVault vault, RefreshCoordinator coordinator, Clock clock,
			WebexProperties properties) {
		return new GrantKeeper(vault, coordinator, clock, properties.refreshConcurrency());
	}

	@Bean
	WebexClients webexClients(WebexEndpoints endpoints, WebexProperties properties, RefreshCoordinator coordinator,
			Clock clock, MeterRegistry registry) {
		return new WebexClients(() -> WebexClient.builder()
			.baseUrl(endpoints.apiBaseUrl())
			.connectTimeout(properties.connectTimeout())
			.readTimeout(properties.readTimeout())
			.clock(clock)
			.userAgent("webex-integration-kit")
			.callListener(new WebexCallMetrics(registry))
			.build(), coordinator);
	}

}
