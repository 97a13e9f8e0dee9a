package io.webexkit.app.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.RootCauseFirstThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/**
 * Logback's message and exception conversion words, masked: {@code logback-spring.xml} maps {@code %m}, {@code %msg},
 * {@code %message} and every exception word ({@code %wEx} in Spring Boot's patterns) to these. Each is the stock
 * converter with {@link SecretMasker} applied to what it prints; Logback instantiates them by class name.
 */
public final class MaskingConverters {

	private MaskingConverters() {
	}

	/** {@code %m}, {@code %msg}, {@code %message}. */
	public static final class Message extends MessageConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return SecretMasker.SHARED.mask(event.getFormattedMessage());
		}

	}

	/** {@code %ex}, {@code %exception}, {@code %throwable}. */
	public static final class PlainThrowable extends ThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy throwable) {
			return SecretMasker.SHARED.mask(super.throwableProxyToString(throwable));
		}

	}

	/** {@code %xEx}, {@code %xException}, {@code %xThrowable}. */
	public static final class ExtendedThrowable extends ExtendedThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy throwable) {
			return SecretMasker.SHARED.mask(super.throwableProxyToString(throwable));
		}

	}

	/** {@code %rEx}, {@code %rootException}. */
	public static final class RootCauseFirstThrowable extends RootCauseFirstThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy throwable) {
			return SecretMasker.SHARED.mask(super.throwableProxyToString(throwable));
		}

	}

	/** Spring Boot's {@code %wex}. */
	public static final class WhitespaceThrowable extends WhitespaceThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy throwable) {
			return SecretMasker.SHARED.mask(super.throwableProxyToString(throwable));
		}

	}

	/** Spring Boot's {@code %wEx}, the exception word of its default patterns. */
	public static final class ExtendedWhitespaceThrowable extends ExtendedWhitespaceThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy throwable) {
			return SecretMasker.SHARED.mask(super.throwableProxyToString(throwable));
		}

	}

}
