package io.webexkit.app;

import java.util.Map;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** An instance that must refuse to start: what it said. */
final class RefusedStart {

	private RefusedStart() {
	}

	/** Starts an instance with {@code properties}, asserts the start was refused, and returns the refusal. */
	static StartupRefusedException of(Map<String, String> properties) {
		Throwable failure = catchThrowable(() -> AppInstance.start(properties).close());
		assertThat(failure).as("the start is refused").isNotNull();
		Throwable cause = failure;
		while (cause != null && !(cause instanceof StartupRefusedException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as(NestedExceptionUtils.getMostSpecificCause(failure).toString())
			.isInstanceOf(StartupRefusedException.class);
		return (StartupRefusedException) cause;
	}

}
