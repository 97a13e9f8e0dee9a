package io.webexkit.app.token;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.webexkit.app.system.WebexEndpoints;
import io.webexkit.app.system.WebexProperties;
import io.webexkit.client.WebexClient;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
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
		String url = dataSource.getUrl();
		boolean embedded = url == null || url.startsWith("jdbc:h2:");
		return TokenKeyRing.load(properties.tokenKey(), properties.dataDir(), embedded);
	}

	@Bean
	TokenVault tokenVault(DataSource dataSource, TokenKeyRing keys, Clock clock) {
		return new TokenVault(JdbcClient.create(dataSource), keys, clock);
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
			PlatformTransactionManager transactionManager, Clock clock, WebexProperties properties) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		transactions.setTimeout((int) Duration.ofSeconds(60).toSeconds());
		return new RefreshCoordinator(vault, registrations, webexRefreshTokenClient, transactions, clock,
				properties.refreshMargin());
	}

	@Bean
	WebexClients webexClients(WebexEndpoints endpoints, WebexProperties properties, RefreshCoordinator coordinator,
			Clock clock) {
		return new WebexClients(() -> WebexClient.builder()
			.baseUrl(endpoints.apiBaseUrl())
			.connectTimeout(properties.connectTimeout())
			.readTimeout(properties.readTimeout())
			.clock(clock)
			.userAgent("webex-integration-kit")
			.build(), coordinator);
	}

}
