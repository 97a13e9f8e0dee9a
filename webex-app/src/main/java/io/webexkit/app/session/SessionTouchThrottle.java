package io.webexkit.app.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC rewrites a session's row on every request only to move its last-access time forward. This moves
 * it only once it is at least {@link #granularity} old, so a page view that changes nothing in its session writes
 * nothing: the idle timeout then ends a session at most that much early. New sessions, attribute changes and id
 * changes are written exactly as before.
 * <p>
 * The repository bean is wrapped in a proxy of its own class (rather than replaced), so that Spring Boot's session
 * auto-configuration, its cleanup job and anything asking for a {@link JdbcIndexedSessionRepository} keep working.
 */
final class SessionTouchThrottle implements BeanPostProcessor {

	private final Duration granularity;

	SessionTouchThrottle(Duration granularity) {
		if (granularity.isNegative()) {
			throw new IllegalArgumentException("granularity must not be negative");
		}
		this.granularity = granularity;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof JdbcIndexedSessionRepository) || this.granularity.isZero()) {
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new Interceptor(this.granularity));
		return factory.getProxy(bean.getClass().getClassLoader());
	}

	private record Interceptor(Duration granularity) implements MethodInterceptor {

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			String method = invocation.getMethod().getName();
			Object[] arguments = invocation.getArguments();
			if ("save".equals(method) && arguments.length == 1 && arguments[0] instanceof ThrottledSession session) {
				arguments[0] = session.delegate;
			}
			Object result = invocation.proceed();
			if ("findById".equals(method) && result instanceof Session session) {
				return new ThrottledSession(session, this.granularity);
			}
			return result;
		}

	}

	/** A stored session whose last-access time only moves in steps of the granularity. */
	static final class ThrottledSession implements Session {

		final Session delegate;

		private final Duration granularity;

		ThrottledSession(Session delegate, Duration granularity) {
			this.delegate = delegate;
			this.granularity = granularity;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.delegate.getLastAccessedTime().plus(this.granularity))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
