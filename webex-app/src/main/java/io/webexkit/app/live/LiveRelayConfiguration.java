package io.webexkit.app.live;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexWebhooks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL, where several instances share the database, relays notices when webhooks are on (the starter made its
 * {@link WebexWebhooks}; without them there is nothing to relay, and no connection is held); any other database keeps
 * them local.
 */
@Configuration(proxyBeanMethods = false)
class LiveRelayConfiguration {

	@Bean
	LiveRelay liveRelay(Environment environment, DataSource dataSource, ObjectProvider<WebexWebhooks> webhooks,
			TokenKeyRing keys, Clock clock, MeterRegistry meters) {
		String url = environment.getProperty("spring.datasource.url", "");
		return (webhooks.getIfAvailable() != null && url.startsWith("jdbc:postgresql:"))
				? new PostgresRelay(dataSource, UUID.randomUUID().toString(), new SignedNotices(keys, clock, meters))
				: new LocalRelay();
	}

}
