package io.webexkit.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A PostgreSQL role that may do nothing but connect (no table, no function of the app's), listening and sending on
 * a channel, as anyone with a login to the database server could.
 */
final class ChannelIntruder implements AutoCloseable {

	private final Connection connection;

	private final String channel;

	private ChannelIntruder(Connection connection, String channel) {
		this.connection = connection;
		this.channel = channel;
	}

	/** Creates the role (once per server) and listens on {@code channel} as it. */
	static ChannelIntruder listen(TestPostgres postgres, String channel) throws SQLException {
		postgres.webex()
			.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'intruder') THEN "
					+ "CREATE ROLE intruder LOGIN PASSWORD 'intruder'; END IF; END $$")
			.update();
		Connection connection = DriverManager.getConnection(postgres.url(), "intruder", "intruder");
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + channel);
		}
		return new ChannelIntruder(connection, channel);
	}

	/** The first payload heard on the channel within {@code timeout} that contains {@code text}, or null. */
	@Nullable String heard(String text, Duration timeout) throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		PGConnection pg = this.connection.unwrap(PGConnection.class);
		while (System.nanoTime() < deadline) {
			PGNotification[] notifications = pg.getNotifications(
					(int) Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
			for (PGNotification notification : (notifications != null) ? notifications : new PGNotification[0]) {
				if (notification.getParameter().contains(text)) {
					return notification.getParameter();
				}
			}
		}
		return null;
	}

	/** Sends {@code payload} on the channel. */
	void send(String payload) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_notify(?, ?)")) {
			statement.setString(1, this.channel);
			statement.setString(2, payload);
			statement.execute();
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
