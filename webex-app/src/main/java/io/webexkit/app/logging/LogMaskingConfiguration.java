package io.webexkit.app.logging;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionIdGenerator;

/** Session ids the log masking recognises, and the secrets made at start-up registered with it. */
@Configuration(proxyBeanMethods = false)
class LogMaskingConfiguration {

	/** Spring Session's JDBC configuration takes the one {@link SessionIdGenerator} bean. */
	@Bean
	SessionIdGenerator sessionIdGenerator() {
		return new SessionIds();
	}

	@Bean
	static BeanPostProcessor knownSecretsFromBeans() {
		return new KnownSecrets.FromBeans();
	}

}
