package io.webexkit.spring.refresh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response whose body fails with an {@link IOException} once it grows past a limit, so an endless or huge answer
 * from the token endpoint cannot exhaust memory or hold a request thread.
 */
final class BoundedResponse implements ClientHttpResponse {

	private final ClientHttpResponse delegate;

	private final long limit;

	private @Nullable InputStream body;

	BoundedResponse(ClientHttpResponse delegate, long limit) {
		this.delegate = delegate;
		this.limit = limit;
	}

	@Override
	public HttpStatusCode getStatusCode() throws IOException {
		return this.delegate.getStatusCode();
	}

	@Override
	public String getStatusText() throws IOException {
		return this.delegate.getStatusText();
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.delegate.getHeaders();
	}

	@Override
	public synchronized InputStream getBody() throws IOException {
		InputStream current = this.body;
		if (current == null) {
			current = new Limited(this.delegate.getBody(), this.limit);
			this.body = current;
		}
		return current;
	}

	@Override
	public void close() {
		this.delegate.close();
	}

	private static final class Limited extends FilterInputStream {

		private long remaining;

		Limited(InputStream in, long limit) {
			super(in);
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count(skipped);
			return skipped;
		}

		private void count(long n) throws IOException {
			this.remaining -= n;
			if (this.remaining < 0) {
				close(); // stop reading from the connection
				throw new IOException("Token endpoint response is larger than the limit");
			}
		}

	}

}
