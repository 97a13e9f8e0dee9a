package io.webexkit.spring.autoconfigure;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.spring.TestKeys;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhooks;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** A host that injects {@link WebexWebhooks} with webhooks off is told which setting turns them on. */
@ExtendWith(OutputCaptureExtension.class)
class WebhooksOffAnalyzerTests {

	@Test
	void startWhenWebhooksInjectedWithoutPublicUrlThenReportNamesTheSetting(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsWebhooks.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("spring.datasource.url",
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "webex.client-id", "C-test",
				"webex.client-secret", "test-secret", "webex.token-key", TestKeys.random()));

		assertThatException().isThrownBy(application::run);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Parameter 0 of method digest in " + NeedsWebhooks.class.getName()
					+ " needs WebexWebhooks, which exists only when webhooks are on: webex.webhooks.public-url "
					+ "(WEBEX_WEBHOOKS_PUBLIC_URL) is not set.")
			.contains("Set webex.webhooks.public-url (WEBEX_WEBHOOKS_PUBLIC_URL) to the address Webex reaches")
			.doesNotContain("required a bean of type");
	}

	@Test
	void analyzeWhenPublicUrlSetThenLeftToSpringBoot() {
		MockEnvironment environment = new MockEnvironment().withProperty(WebhooksOffAnalyzer.PROPERTY,
				"https://app.example.com");
		assertThat(new WebhooksOffAnalyzer(environment)
			.analyze(new NoSuchBeanDefinitionException(WebexWebhooks.class))).isNull();
	}

	@Test
	void analyzeWhenAnotherBeanMissingThenLeftToSpringBoot() {
		assertThat(new WebhooksOffAnalyzer(new MockEnvironment())
			.analyze(new NoSuchBeanDefinitionException(WebexClients.class))).isNull();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NeedsWebhooks {

		@Bean
		String digest(WebexWebhooks webhooks) {
			return webhooks.toString();
		}

	}

}
