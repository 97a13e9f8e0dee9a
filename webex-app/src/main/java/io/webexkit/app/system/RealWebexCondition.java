package io.webexkit.app.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code WEBEX_CLIENT_ID} is set: the app talks to a real (or Webex-compatible) server. */
class RealWebexCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("webex.client-id"));
	}

	/** The opposite: simulator mode. */
	static class Simulated implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new RealWebexCondition().matches(context, metadata);
		}

	}

}
