package io.webexkit.app.logging;

import java.util.Base64;
import java.util.List;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexCredentials;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Tells {@link SecretMasker} the secrets the app holds, so that they are masked wherever they appear in a log line,
 * whatever printed them: as configured (client secret, token keys, database password) before logging starts, and
 * those made at start-up (the simulator mode's client secret, a generated token key) as soon as their bean exists.
 */
final class KnownSecrets {

	/**
	 * Configuration properties holding a secret; {@code webex.token-key} is a comma-separated list (keys read from
	 * {@code WEBEX_TOKEN_KEY_FILE} are registered from the key ring bean).
	 */
	static final List<String> PROPERTIES = List.of("webex.client-secret", "webex.token-key",
			"spring.datasource.password");

	private KnownSecrets() {
	}

	/** Registered in {@code META-INF/spring.factories}: runs once the configuration is read, before logging starts. */
	static final class FromEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			register(event.getEnvironment(), SecretMasker.SHARED);
		}

		@Override
		public int getOrder() {
			return LoggingApplicationListener.DEFAULT_ORDER - 1;
		}

	}

	static void register(Environment environment, SecretMasker masker) {
		for (String property : PROPERTIES) {
			String value;
			try {
				value = environment.getProperty(property);
			}
			catch (IllegalArgumentException ex) { // an unresolvable placeholder: start-up reports it
				continue;
			}
			if (value != null) {
				masker.addKnownSecret(value);
				for (String part : value.split(",")) {
					masker.addKnownSecret(part);
				}
			}
		}
	}

	/** The secrets made at start-up, taken from their beans. */
	static final class FromBeans implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof WebexCredentials credentials) {
				SecretMasker.SHARED.addKnownSecret(credentials.clientSecret());
			}
			else if (bean instanceof TokenKeyRing keys) {
				// every key of the ring, wherever it came from (the variable, a key file, a generated file)
				for (String id : keys.ids()) {
					keys.find(id)
						.ifPresent((key) -> SecretMasker.SHARED
							.addKnownSecret(Base64.getEncoder().encodeToString(key.secret().getEncoded())));
				}
			}
			return bean;
		}

	}

}
