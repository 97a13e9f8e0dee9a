package io.webexkit.app.logging;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Structured (JSON) logs, whichever format ({@code ecs}, {@code logstash}, {@code gelf}): every string value of
 * every line (message, exception message, stack trace, MDC) passes through {@link SecretMasker} before it is
 * written. Spring Boot loads this customizer from {@code META-INF/spring.factories} for each structured format.
 */
class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(Members<Object> members) {
		members.applyingValueProcessor(
				ValueProcessor.of(String.class, (value) -> (value != null) ? SecretMasker.SHARED.mask(value) : null));
	}

}
