package io.webexkit.spring.bodies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Reads the bodies of requests nobody signed in sent (webhook deliveries, forms posted without a session), so that
 * slow senders cannot hold every request thread: at most {@code concurrency} such bodies are read at once, another is
 * refused at once without being read, each must arrive whole within {@code deadline}, and none may be larger than
 * {@code maxBytes}. Reads block: the deadline is checked after each one, so a body read ends at most one socket read
 * timeout (Tomcat's {@code server.tomcat.connection-timeout}) past it.
 */
public final class BodyGuard {

	private static final int BUFFER = 8192;

	private final Semaphore turns;

	private final long deadlineNanos;

	private final long maxBytes;

	private final LongSupplier nanoTime;

	private final String retryAfter;

	/**
	 * @param concurrency how many bodies are read at once
	 * @param deadline how long one body may take as a whole
	 * @param maxBytes the largest body accepted
	 */
	public BodyGuard(int concurrency, Duration deadline, long maxBytes) {
		this(concurrency, deadline, maxBytes, System::nanoTime);
	}

	BodyGuard(int concurrency, Duration deadline, long maxBytes, LongSupplier nanoTime) {
		this.turns = new Semaphore(concurrency);
		this.deadlineNanos = deadline.toNanos();
		this.maxBytes = maxBytes;
		this.nanoTime = nanoTime;
		this.retryAfter = Long.toString(Math.max(1, (deadline.toMillis() + 999) / 1000));
	}

	/**
	 * The filter that, in a security chain, reads the body of a request from nobody signed in with this guard before
	 * anything later in the chain can, and hands the rest of the chain a copy. Add it right after the chain's
	 * {@code SecurityContextHolderFilter}.
	 * @param contexts where the chain keeps who is signed in
	 * @return the filter
	 */
	public Filter filter(SecurityContextHolderStrategy contexts) {
		return new UnauthenticatedBodyFilter(this, contexts);
	}

	/**
	 * Reads the whole body of the request, when a turn is free, it is no larger than allowed and it arrives within the
	 * deadline; never waits for a turn, and never reads more than one buffer past the size limit.
	 * @param request the request, whose body nothing has read yet
	 * @return the body, or why it was not read
	 * @throws IOException when the client goes away or the socket read times out
	 */
	public Body read(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			return Body.refused(Refusal.TOO_LARGE);
		}
		if (!enter()) {
			return Body.refused(Refusal.BUSY);
		}
		try {
			return readWithin(request.getInputStream(), declared);
		}
		finally {
			leave();
		}
	}

	/**
	 * Answers a refusal, closing the connection without reading the rest of the body; a 503 asks to retry after the
	 * deadline, the longest a turn is held by a body that keeps arriving.
	 * @param request the request refused
	 * @param response its response
	 * @param refusal why
	 * @throws IOException when the client has gone
	 */
	public void answer(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		if (refusal == Refusal.BUSY) {
			response.setHeader("Retry-After", this.retryAfter);
		}
		ClosingAnswer.send(request, response, refusal.status(), refusal.reason().replace('_', ' '));
	}

	/** Takes a turn, if one is free; {@link #leave()} gives it back. */
	boolean enter() {
		return this.turns.tryAcquire();
	}

	void leave() {
		this.turns.release();
	}

	private Body readWithin(InputStream in, long declared) throws IOException {
		long end = this.nanoTime.getAsLong() + this.deadlineNanos;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), this.maxBytes));
		byte[] buffer = new byte[BUFFER];
		int n;
		while ((n = in.read(buffer)) != -1) {
			bytes.write(buffer, 0, n);
			if (bytes.size() > this.maxBytes) {
				return Body.refused(Refusal.TOO_LARGE);
			}
			if (this.nanoTime.getAsLong() - end > 0) {
				return Body.refused(Refusal.TOO_SLOW);
			}
		}
		return new Body(bytes.toByteArray(), null);
	}

	/** Why a body was not read. */
	public enum Refusal {

		/** Every turn is taken. */
		BUSY(503, "busy"),

		/** Not whole within the deadline. */
		TOO_SLOW(408, "too_slow"),

		/** Larger than accepted. */
		TOO_LARGE(413, "too_large");

		private final int status;

		private final String reason;

		Refusal(int status, String reason) {
			this.status = status;
			this.reason = reason;
		}

		/** The HTTP status that answers it. */
		public int status() {
			return this.status;
		}

		/** A short name, for logs and metrics. */
		public String reason() {
			return this.reason;
		}

	}

	/**
	 * A body read whole, or why not.
	 *
	 * @param bytes the body; empty when refused
	 * @param refusal why it was not read; null when read
	 */
	public record Body(byte[] bytes, @Nullable Refusal refusal) {

		private static final byte[] NONE = new byte[0];

		static Body refused(Refusal refusal) {
			return new Body(NONE, refusal);
		}

	}

}
