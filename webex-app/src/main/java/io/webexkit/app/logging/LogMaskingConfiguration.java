package io.webexkit.app.logging;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The secrets made at start-up, registered with the log masking as soon as their beans exist. */
@Configuration(proxyBeanMethods = false)
class LogMaskingConfiguration {

	@Bean
	static BeanPostProcessor knownSecretsFromBeans() {
		return new KnownSecrets.FromBeans();
	}

}
