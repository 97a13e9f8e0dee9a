package io.webexkit.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.WebexWebhooks;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Says which setting is missing when a host injects {@link WebexWebhooks} with webhooks off: ahead of Spring Boot's
 * "required a bean ... that could not be found", which does not name {@code webex.webhooks.public-url}. With the
 * setting present the bean is missing for another reason, and Spring Boot's report (with its conditions) says which.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebhooksOffAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException> {

	static final String PROPERTY = "webex.webhooks.public-url";

	private final Environment environment;

	WebhooksOffAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
			@Nullable String description) {
		if (!WebexWebhooks.class.equals(cause.getBeanType()) || this.environment.containsProperty(PROPERTY)) {
			return null;
		}
		String who = (description != null) ? description : "The application";
		return new FailureAnalysis(who + " needs WebexWebhooks, which exists only when webhooks are on: " + PROPERTY
				+ " (WEBEX_WEBHOOKS_PUBLIC_URL) is not set.",
				"Set " + PROPERTY + " (WEBEX_WEBHOOKS_PUBLIC_URL) to the address Webex reaches this app at, for "
						+ "example https://app.example.com. Where webhooks are optional, inject "
						+ "ObjectProvider<WebexWebhooks> instead.",
				cause);
	}

}
