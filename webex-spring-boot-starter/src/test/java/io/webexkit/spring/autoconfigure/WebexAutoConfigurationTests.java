package io.webexkit.spring.autoconfigure;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.spring.StartupRefusedException;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexProperties;
import io.webexkit.spring.login.WebexRegistrations;
import io.webexkit.spring.refresh.GrantKeeper;
import io.webexkit.spring.vault.TokenVault;
import io.webexkit.spring.vault.VaultSchema;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/** Each condition of the starter's auto-configuration, on its own. */
@ExtendWith(OutputCaptureExtension.class)
class WebexAutoConfigurationTests {

	private static final String[] CREDENTIALS = { "webex.client-id=C-test", "webex.client-secret=test-secret" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, WebexAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"webex.data-dir=target/test-data/" + UUID.randomUUID());

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, WebexAutoConfiguration.class,
				WebexWebAutoConfiguration.class, SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
				OAuth2ClientWebSecurityAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"webex.data-dir=target/test-data/" + UUID.randomUUID())
		.withPropertyValues(CREDENTIALS);

	@Test
	void contextWhenDataSourceAndCredentialsThenTheWholeKitAndItsTable() {
		this.runner.withPropertyValues(CREDENTIALS).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(WebexProperties.class)
				.hasSingleBean(WebexEndpoints.class)
				.hasSingleBean(WebexRegistrations.class)
				.hasSingleBean(TokenVault.class)
				.hasSingleBean(GrantKeeper.class)
				.hasSingleBean(WebexClients.class)
				.hasSingleBean(WebexGrants.class);
			JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM webex_grant").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM \"" + VaultSchema.HISTORY_TABLE + "\" WHERE \"success\"")
				.query(Long.class)
				.single()).as("its own history table").isGreaterThanOrEqualTo(2);
			assertThat(context.getBean(WebexGrants.class).connectedPeople()).isEmpty();
		});
	}

	@Test
	void contextWhenNoCredentialsThenRefusedNamingTheProperties() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(StartupRefusedException.class)
				.hasMessageContaining("webex.client-id")
				.hasMessageContaining("WEBEX_CLIENT_SECRET");
		});
	}

	@Test
	void contextWhenNoDataSourceThenNothingIsConfigured() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WebexAutoConfiguration.class))
			.withPropertyValues(CREDENTIALS)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(WebexClients.class));
	}

	@Test
	void contextWhenHostDeclaresItsOwnEndpointsThenTheStarterBacksOff() {
		this.runner.withPropertyValues(CREDENTIALS).withUserConfiguration(OwnEndpoints.class).run((context) -> {
			assertThat(context).hasSingleBean(WebexEndpoints.class);
			assertThat(context.getBean(WebexEndpoints.class).registrationId()).isEqualTo("custom");
			assertThat(context.getBean(WebexRegistrations.class).registrationId()).isEqualTo("custom");
		});
	}

	@Test
	void webWhenHostHasNoSecurityChainThenEveryPageIsBehindWebexSignIn() {
		this.web.run((context) -> {
			assertThat(context).hasNotFailed().hasBean("webexSecurityFilterChain");
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).hasSize(1);
			assertThat(context.getBean(ClientRegistrationRepository.class)).isInstanceOf(WebexRegistrations.class);
		});
	}

	@Test
	void webWhenHostHasItsOwnSecurityChainThenTheStartersStepsAside() {
		this.web.withUserConfiguration(OwnChain.class).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("webexSecurityFilterChain");
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("hostChain");
		});
	}

	@Test
	void webWhenServerStartedThenLogsTheRedirectUriToRegister(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Host.class)
			.properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(), CREDENTIALS[0],
					CREDENTIALS[1], "webex.redirect-uri=https://app.example.com/oauth")
			.run()) {
			assertThat(output).contains("Webex sign-in: GRANT starts at /oauth2/authorization/webex and Webex sends "
					+ "the user back to https://app.example.com/oauth, which must be a redirect URI of the integration");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Host {

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEndpoints {

		@Bean
		WebexEndpoints customEndpoints(WebexProperties properties) {
			return new WebexEndpoints(properties, 8080) {

				@Override
				public String registrationId() {
					return "custom";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityFilterChain hostChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

}
