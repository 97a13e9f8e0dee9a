package io.webexkit.spring.autoconfigure;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints a refused start as Spring Boot's "APPLICATION FAILED TO START" report: what is wrong, and what to do. First
 * among the analyzers, so that a refusal from a configuration record is not reported as a mere binding failure.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupRefusedAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), null);
	}

}
