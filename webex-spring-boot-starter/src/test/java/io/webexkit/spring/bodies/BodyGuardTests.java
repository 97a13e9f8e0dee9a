package io.webexkit.spring.bodies;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;

import io.webexkit.spring.bodies.BodyGuard.Body;
import io.webexkit.spring.bodies.BodyGuard.Refusal;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class BodyGuardTests {

	final AtomicLong nanos = new AtomicLong();

	final BodyGuard guard = new BodyGuard(2, Duration.ofSeconds(10), 100, this.nanos::get);

	@Test
	void readWhenWholeWithinDeadlineThenBodyAndTheTurnGivenBack() throws Exception {
		for (int i = 0; i < 3; i++) {
			Body body = this.guard.read(request("a=1&b=2", 7));
			assertThat(body.refusal()).isNull();
			assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("a=1&b=2");
		}
		assertThat(this.guard.enter() && this.guard.enter()).as("both turns free again").isTrue();
	}

	@Test
	void readWhenEveryTurnTakenThenBusyWithoutReading() throws Exception {
		assertThat(this.guard.enter() && this.guard.enter()).isTrue();
		Body body = this.guard.read(new Unreadable(request("x", 1)));
		assertThat(body.refusal()).isEqualTo(Refusal.BUSY);
		assertThat(body.bytes()).isEmpty();
		this.guard.leave();
		assertThat(this.guard.read(request("x", 1)).refusal()).as("a turn given back is taken again").isNull();
	}

	@Test
	void readWhenDeclaredLengthLargerThenTooLargeWithoutReading() throws Exception {
		assertThat(this.guard.read(new Unreadable(request("", 101))).refusal()).isEqualTo(Refusal.TOO_LARGE);
	}

	@Test
	void readWhenBodyWithoutLengthGrowsPastLimitThenTooLarge() throws Exception {
		assertThat(this.guard.read(slow(new byte[101], 0)).refusal()).isEqualTo(Refusal.TOO_LARGE);
	}

	@Test
	void readWhenBodyStillArrivingAtTheDeadlineThenTooSlowAndTheTurnGivenBack() throws Exception {
		Body body = this.guard.read(slow(new byte[60], Duration.ofMillis(200).toNanos()));
		assertThat(body.refusal()).isEqualTo(Refusal.TOO_SLOW);
		assertThat(this.nanos.get()).as("stopped at the first read past 10 s")
			.isEqualTo(Duration.ofMillis(10_200).toNanos());
		assertThat(this.guard.enter() && this.guard.enter()).isTrue();
	}

	@Test
	void answerWhenBusyThen503RetryAfterTheDeadlineAndConnectionClose() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.guard.answer(request("", 10), response, Refusal.BUSY);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getHeader("Connection")).isEqualTo("close");
		assertThat(response.getContentAsString()).isEqualTo("busy");
	}

	@Test
	void answerWhenTooSlowThen408WithoutRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.guard.answer(request("", 10), response, Refusal.TOO_SLOW);
		assertThat(response.getStatus()).isEqualTo(408);
		assertThat(response.getHeader("Retry-After")).isNull();
		assertThat(response.getHeader("Connection")).isEqualTo("close");
	}

	/** A body and the length its request declares. */
	private static HttpServletRequest request(String body, long declared) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return new HttpServletRequestWrapper(request) {

			@Override
			public long getContentLengthLong() {
				return declared;
			}

		};
	}

	/** A body without a declared length, one byte per read, each read taking {@code nanosPerRead}. */
	private HttpServletRequestWrapper slow(byte[] body, long nanosPerRead) {
		ByteArrayInputStream bytes = new ByteArrayInputStream(body);
		return new HttpServletRequestWrapper(new MockHttpServletRequest("POST", "/form")) {

			@Override
			public ServletInputStream getInputStream() {
				return new Stream() {

					@Override
					public int read(byte[] buffer, int offset, int length) {
						BodyGuardTests.this.nanos.addAndGet(nanosPerRead);
						return bytes.read(buffer, offset, Math.min(length, 1));
					}

				};
			}

		};
	}

	/** A request whose body must not be read. */
	private static final class Unreadable extends HttpServletRequestWrapper {

		Unreadable(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() {
			throw new AssertionError("the body was read");
		}

	}

	private abstract static class Stream extends ServletInputStream {

		@Override
		public int read() {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean isFinished() {
			return false;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException();
		}

	}

}
