package io.webexkit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL server (embedded binaries) with an empty {@code webex} database, on a fixed port and data
 * directory so that it can be stopped and started again with its data, as an outage would.
 */
public final class TestPostgres implements AutoCloseable {

	/** Statement timeout passed as a connection option, as the README recommends. */
	public static final String URL_OPTIONS = "connectTimeout=3&options=-c%20statement_timeout%3D15s";

	private final int port;

	private final Path dataDir;

	private @Nullable EmbeddedPostgres server;

	private TestPostgres(int port, Path dataDir) {
		this.port = port;
		this.dataDir = dataDir;
	}

	public static TestPostgres start() {
		try {
			TestPostgres postgres = new TestPostgres(freePort(), Files.createTempDirectory("webex-pg"));
			postgres.startServer();
			postgres.admin().sql("CREATE DATABASE webex").update();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "jdbc:postgresql://localhost:" + this.port + "/webex?" + URL_OPTIONS;
	}

	public String username() {
		return "postgres";
	}

	/** A client for the {@code webex} database as the superuser, outside any app instance. */
	public JdbcClient webex() {
		return JdbcClient.create(webexDataSource());
	}

	/** Every grant row, every column, as stored (tokens as the encrypted bytes): to compare byte for byte. */
	public List<Map<String, Object>> grantRows() {
		return webex().sql("SELECT * FROM webex_grant ORDER BY registration_id, person_id").query().listOfRows();
	}

	public DataSource webexDataSource() {
		return server().getDatabase("postgres", "webex");
	}

	/** A client for the maintenance database (CREATE DATABASE, pg_terminate_backend). */
	public JdbcClient admin() {
		return JdbcClient.create(server().getPostgresDatabase());
	}

	/** Shuts the server down; clients' connections break. */
	public void stop() {
		try {
			server().close();
			this.server = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the server again on the same port with the same data. */
	public void startServer() {
		try {
			this.server = EmbeddedPostgres.builder()
				.setPort(this.port)
				.setDataDirectory(this.dataDir)
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (this.server != null) {
			stop();
		}
	}

	private EmbeddedPostgres server() {
		if (this.server == null) {
			throw new IllegalStateException("PostgreSQL is stopped");
		}
		return this.server;
	}

	/** A port free right now (used where a port must be known before the server that listens on it starts). */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
