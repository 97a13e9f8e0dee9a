package io.webexkit.app.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notices over PostgreSQL's {@code LISTEN/NOTIFY}, signed ({@link SignedNotices}): {@code pg_notify} on any pooled
 * connection to send, and one connection of the pool held by a daemon thread to listen. When the database goes away
 * the listener says so once, waits (1 s, doubling up to 30 s) and listens again; notices sent meanwhile are lost,
 * which costs live updates, and leaves streams whose access ended open until their next heartbeat.
 */
final class PostgresRelay implements LiveRelay, SmartLifecycle {

	static final String CHANNEL = "webex_live";

	private static final int POLL_MILLIS = 1000;

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private static final Logger log = LoggerFactory.getLogger(PostgresRelay.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final String instance;

	private final SignedNotices signed;

	private final List<Consumer<LiveNotice>> listeners = new CopyOnWriteArrayList<>();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile @Nullable Thread thread;

	PostgresRelay(DataSource dataSource, String instance, SignedNotices signed) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.instance = instance;
		this.signed = signed;
	}

	@Override
	public void publish(LiveNotice notice) {
		String payload = this.signed.encode(this.instance, notice);
		try {
			this.jdbc.query("SELECT pg_notify(?, ?)", (rs) -> {
			}, CHANNEL, payload);
		}
		catch (DataAccessException ex) {
			log.debug("Live notice not sent: {}", ex.getMessage());
		}
	}

	@Override
	public void onNotice(Consumer<LiveNotice> listener) {
		this.listeners.add(listener);
	}

	/** Whether the listening connection is up (for tests and health). */
	boolean listening() {
		return this.listening;
	}

	@Override
	public void start() {
		this.running = true;
		Thread listenerThread = new Thread(this::listen, "webex-live-listener");
		listenerThread.setDaemon(true);
		this.thread = listenerThread;
		listenerThread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listenerThread = this.thread;
		if (listenerThread != null) {
			listenerThread.interrupt();
			try {
				listenerThread.join(POLL_MILLIS * 3L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		long backoff = POLL_MILLIS;
		boolean warned = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				this.listening = true;
				if (warned) {
					log.info("Live updates across instances resumed");
					warned = false;
				}
				backoff = POLL_MILLIS;
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.listening = false;
				if (!this.running) {
					break;
				}
				if (!warned) {
					log.warn("Live updates across instances paused, the database connection failed: {}",
							ex.getMessage());
					warned = true;
				}
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					break;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
		this.listening = false;
	}

	private void deliver(String payload) {
		SignedNotices.Received received = this.signed.decode(payload).orElse(null);
		if (received == null || received.origin().equals(this.instance)) {
			return;
		}
		for (Consumer<LiveNotice> listener : this.listeners) {
			try {
				listener.accept(received.notice());
			}
			catch (RuntimeException ex) {
				log.warn("Live notice not handled", ex);
			}
		}
	}

}
