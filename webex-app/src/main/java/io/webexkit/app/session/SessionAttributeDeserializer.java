package io.webexkit.app.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads a session attribute back from the session table through {@link SessionAttributeFilter}. Spring Session's
 * default reads any serializable class there is, so whoever can write one row could run code in this JVM.
 * <p>
 * An attribute that is refused, or that cannot be read at all, counts as absent: its session is then signed out, or
 * its pending grant starts again, instead of failing every request of the session with a 500. Spring Session reads an
 * attribute again each time it is asked for while it stays {@code null}; each stored value is reported once.
 */
final class SessionAttributeDeserializer implements Converter<byte[], Object> {

	private static final Logger log = LoggerFactory.getLogger(SessionAttributeDeserializer.class);

	private final @Nullable ClassLoader classLoader;

	private final Map<byte[], Boolean> reported = Collections.synchronizedMap(new WeakHashMap<>());

	SessionAttributeDeserializer(@Nullable ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public @Nullable Object convert(byte[] source) {
		if (source.length > SessionAttributeFilter.MAX_BYTES) {
			return refused(source, "more than " + SessionAttributeFilter.MAX_BYTES + " bytes");
		}
		SessionAttributeFilter filter = new SessionAttributeFilter();
		try (ObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(source),
				this.classLoader)) {
			in.setObjectInputFilter(filter);
			return in.readObject();
		}
		catch (IOException | ClassNotFoundException | RuntimeException ex) {
			String refusal = filter.refusal();
			if (refusal != null) {
				return refused(source, refusal);
			}
			if (this.reported.put(source, Boolean.TRUE) == null) {
				// the exception's message would name what the row says, so only its type
				log.warn("A session attribute could not be read ({}), treated as absent", ex.getClass().getName());
			}
			return null;
		}
	}

	private @Nullable Object refused(byte[] source, String refusal) {
		if (this.reported.put(source, Boolean.TRUE) == null) {
			log.warn("Security event: refused to read a session attribute holding {}, which this app's sessions "
					+ "never hold; treated as absent (someone may have written to the session table)", refusal);
		}
		return null;
	}

}
