package io.webexkit.spring.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.Databases;
import io.webexkit.spring.StartupRefusedException;
import io.webexkit.spring.TokenKeyRing;

/**
 * The database the vault lives in, as its JDBC driver describes it: which of the supported kinds it is (H2 or
 * PostgreSQL) and whether it is embedded in this process (then a generated token key may live beside it).
 *
 * @param vendor {@code h2} or {@code postgresql}: names the folder of the vault's migrations
 * @param url the JDBC URL
 */
public record VaultDatabase(String vendor, String url) {

	/**
	 * Asks the database itself; refuses a database the vault does not support, and an H2 database opened read-only
	 * (H2 does so quietly when this user cannot write its file). H2's files are made owner-only.
	 */
	public static VaultDatabase of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
			String url = metaData.getURL();
			if (product.contains("h2")) {
				checkH2(connection);
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

	private static void checkH2(Connection connection) throws SQLException {
		boolean readOnly;
		@Nullable String path;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT READONLY(), DATABASE_PATH()")) {
			result.next();
			readOnly = result.getBoolean(1);
			path = result.getString(2);
		}
		if (readOnly) {
			String file = (path != null) ? " (" + path + ".mv.db)" : "";
			throw new StartupRefusedException("The embedded database" + file + " is read-only: this user ("
					+ System.getProperty("user.name") + ") cannot write its file or WEBEX_DATA_DIR, or the URL asks "
					+ "for read-only access. The Webex token vault must write: no grant could be stored.",
					"Make WEBEX_DATA_DIR and the database files in it writable by the user running the app (chown "
							+ "them to that user), or point WEBEX_DATA_DIR at a directory this user can write.");
		}
		if (path != null) {
			DataDirectory.restrictDatabaseFiles(Path.of(path));
		}
	}

	public boolean postgres() {
		return "postgresql".equals(this.vendor);
	}

	/** In this process alone: an H2 file or memory database. */
	public boolean embedded() {
		return "h2".equals(this.vendor) && Databases.embedded(this.url);
	}

	/** An H2 database in memory: it, and whatever it holds, is gone when the process stops. */
	public boolean inMemory() {
		return "h2".equals(this.vendor) && this.url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
	}

	/** The URL without its settings and parameters (which may hold a password), for the log. */
	public String location() {
		int cut = this.url.length();
		for (char separator : new char[] { ';', '?' }) {
			int at = this.url.indexOf(separator);
			cut = (at >= 0) ? Math.min(cut, at) : cut;
		}
		return this.url.substring(0, cut);
	}

	/** One line for the start-up log: where grants are kept, under which key, and whether they outlive the process. */
	public String storage(TokenKeyRing keys) {
		if (inMemory()) {
			return "Webex grants are kept in the in-memory database " + location() + ", under " + keys.source()
					+ ": both are gone when the application stops, and everyone must GRANT again. To keep them, set "
					+ "spring.datasource.url (SPRING_DATASOURCE_URL) to an H2 file (jdbc:h2:file:./data/app) or "
					+ "PostgreSQL.";
		}
		return "Webex grants are kept in " + location() + ", under " + keys.source() + ".";
	}

}
