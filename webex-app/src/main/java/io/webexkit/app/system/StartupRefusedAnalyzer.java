package io.webexkit.app.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start as Spring Boot's "APPLICATION FAILED TO START" report: what is wrong, and what to do. */
class StartupRefusedAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), null);
	}

}
