package io.webexkit.app.live;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL, where several instances share the database, relays notices when webhooks are on (without them there is
 * nothing to relay, and no connection is held); any other database keeps them local.
 */
@Configuration(proxyBeanMethods = false)
class LiveRelayConfiguration {

	@Bean
	LiveRelay liveRelay(Environment environment, DataSource dataSource) {
		String instance = UUID.randomUUID().toString();
		String url = environment.getProperty("spring.datasource.url", "");
		boolean webhooks = environment.containsProperty("webex.webhooks.public-url");
		return (webhooks && url.startsWith("jdbc:postgresql:")) ? new PostgresRelay(dataSource, instance)
				: new LocalRelay(instance);
	}

}
