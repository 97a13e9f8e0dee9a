package io.webexkit.spring.vault;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and upgrades the vault's table with Flyway, on its own: its own history table
 * ({@value #HISTORY_TABLE}) and its own migrations ({@code classpath:io/webexkit/spring/db/<vendor>}), so it never
 * collides with the host's migrations, whether the host uses Flyway or not. Instances that start together wait for
 * each other (Flyway locks the history table).
 */
public class VaultSchema implements InitializingBean {

	/** The vault's own Flyway history table. */
	public static final String HISTORY_TABLE = "webex_schema_history";

	private static final Logger log = LoggerFactory.getLogger(VaultSchema.class);

	private final DataSource dataSource;

	private final VaultDatabase database;

	public VaultSchema(DataSource dataSource, VaultDatabase database) {
		this.dataSource = dataSource;
		this.database = database;
	}

	@Override
	public void afterPropertiesSet() {
		int applied = Flyway.configure(getClass().getClassLoader())
			.dataSource(this.dataSource)
			.table(HISTORY_TABLE)
			.locations("classpath:io/webexkit/spring/db/" + this.database.vendor())
			// a database that already holds the host's own tables is not empty: the vault's history starts anyway
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate().migrationsExecuted;
		if (applied > 0) {
			log.info("Webex token vault: {} schema migration(s) applied", applied);
		}
	}

}
