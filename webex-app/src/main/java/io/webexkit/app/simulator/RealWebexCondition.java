package io.webexkit.app.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the app talks to real (or Webex-compatible) Webex, as {@link WebexModeDecision} decides. */
class RealWebexCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return WebexModeDecision.of(context.getEnvironment()).mode() == WebexMode.REAL;
	}

	/** The opposite: simulator mode. */
	static class Simulated implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new RealWebexCondition().matches(context, metadata);
		}

	}

}
