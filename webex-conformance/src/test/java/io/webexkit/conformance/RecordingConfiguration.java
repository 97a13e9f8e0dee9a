package io.webexkit.conformance;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Added to the standalone simulator's context (as a simulator extension on the test classpath): records what every
 * API request was and how it was answered, so that the tests know which of Webex's operations were exercised.
 */
@Configuration(proxyBeanMethods = false)
public class RecordingConfiguration {

	static final List<Exchange> EXCHANGES = new CopyOnWriteArrayList<>();

	/** The servlet filters the simulator's context registered: the document's validation must be among them. */
	static final List<String> FILTERS = new CopyOnWriteArrayList<>();

	@Bean
	static SmartInitializingSingleton filtersSeen(ListableBeanFactory beans) {
		return () -> beans.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.forEach((registration) -> FILTERS.add(registration.getFilter().getClass().getName()));
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> conformanceRecorder() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						finally {
							EXCHANGES.add(new Exchange(request.getMethod(), request.getRequestURI(),
									response.getStatus()));
						}
					}

				});
		registration.addUrlPatterns("/v1/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** One API request: its method, its path (no query) and the status it got. */
	record Exchange(String method, String path, int status) {
	}

}
