package io.webexkit.client;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a limit. Past it, either the exchange fails with {@link TooLarge} (a successful
 * response, whose meaning would be cut off) or the body is cut at the limit (an error response, which only feeds a
 * short message); either way the rest is not read.
 */
final class BoundedBody implements BodySubscriber<byte[]> {

	private final long limit;

	private final boolean truncate;

	private final @Nullable String trackingId;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Flow.@Nullable Subscription subscription;

	/** @param trackingId the response's TrackingID, for the exception when the body is too large */
	BoundedBody(long limit, boolean truncate, @Nullable String trackingId) {
		this.limit = limit;
		this.truncate = truncate;
		this.trackingId = trackingId;
	}

	/** A body that is known to be too large before it is read (its {@code Content-Length} says so). */
	static BodySubscriber<byte[]> refused(long limit, @Nullable String trackingId) {
		BoundedBody body = new BoundedBody(limit, false, trackingId);
		body.result.completeExceptionally(new TooLarge(limit, trackingId));
		return body;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		if (this.result.isDone()) {
			subscription.cancel();
			return;
		}
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.result.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			int room = (int) Math.min(Integer.MAX_VALUE, this.limit - this.bytes.size());
			if (buffer.remaining() > room) {
				if (this.truncate) {
					write(buffer, room);
					this.result.complete(this.bytes.toByteArray());
				}
				else {
					this.result.completeExceptionally(new TooLarge(this.limit, this.trackingId));
				}
				cancel();
				return;
			}
			write(buffer, buffer.remaining());
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.result.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		this.result.complete(this.bytes.toByteArray());
	}

	private void write(ByteBuffer buffer, int length) {
		byte[] chunk = new byte[length];
		buffer.get(chunk);
		this.bytes.write(chunk, 0, length);
	}

	private void cancel() {
		Flow.Subscription current = this.subscription;
		if (current != null) {
			current.cancel();
		}
	}

	/** The body is larger than the limit. */
	static final class TooLarge extends RuntimeException {

		private final @Nullable String trackingId;

		TooLarge(long limit, @Nullable String trackingId) {
			super("Response body larger than " + limit + " bytes", null, false, false);
			this.trackingId = trackingId;
		}

		@Nullable String trackingId() {
			return this.trackingId;
		}

	}

}
