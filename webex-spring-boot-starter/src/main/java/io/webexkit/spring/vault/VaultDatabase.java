package io.webexkit.spring.vault;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import io.webexkit.spring.Databases;
import io.webexkit.spring.StartupRefusedException;

/**
 * The database the vault lives in, as its JDBC driver describes it: which of the supported kinds it is (H2 or
 * PostgreSQL) and whether it is embedded in this process (then a generated token key may live beside it).
 *
 * @param vendor {@code h2} or {@code postgresql}: names the folder of the vault's migrations
 * @param url the JDBC URL
 */
public record VaultDatabase(String vendor, String url) {

	/** Asks the database itself; refuses a database the vault does not support. */
	public static VaultDatabase of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
			String url = metaData.getURL();
			if (product.contains("h2")) {
				return new VaultDatabase("h2", url);
			}
			if (product.contains("postgresql")) {
				return new VaultDatabase("postgresql", url);
			}
			throw new StartupRefusedException("The Webex token vault needs H2 or PostgreSQL; the DataSource is "
					+ metaData.getDatabaseProductName(),
					"Give the application an H2 (embedded, one instance) or PostgreSQL (any number of instances) "
							+ "DataSource.");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to set up the Webex token vault", ex);
		}
	}

	public boolean postgres() {
		return "postgresql".equals(this.vendor);
	}

	/** In this process alone: an H2 file or memory database. */
	public boolean embedded() {
		return "h2".equals(this.vendor) && Databases.embedded(this.url);
	}

}
