package io.webexkit.spring.autoconfigure;

import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexLogin;
import io.webexkit.spring.WebexProperties;
import io.webexkit.spring.bodies.BodyGuard;
import io.webexkit.spring.bodies.ClosingAnswer;
import io.webexkit.spring.login.WebexClientArgumentResolver;
import io.webexkit.spring.login.WebexErrorAttributes;
import io.webexkit.spring.login.WebexExceptionResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.CompositeRequestRejectedHandler;
import org.springframework.security.web.firewall.ObservationMarkingRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Webex in a servlet web app: a {@code WebexClient} controller parameter for the signed-in user, Webex failures
 * answered with a status instead of a 500, and, for a host with no {@code SecurityFilterChain} of its own, every page
 * behind "sign in with Webex".
 */
@AutoConfiguration(after = WebexAutoConfiguration.class,
		beforeName = { "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
				"org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(WebexClients.class)
public class WebexWebAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WebexWebAutoConfiguration.class);

	@Bean
	WebMvcConfigurer webexWebMvcConfigurer(WebexClients clients, WebexEndpoints endpoints) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new WebexClientArgumentResolver(clients, endpoints));
			}

			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				// after the @ExceptionHandler resolver, so the host's own handlers win
				resolvers.add(1, new WebexExceptionResolver());
			}

		};
	}

	/**
	 * When the app is reached over HTTPS (its redirect URI is {@code https://}) and the host has not named the session
	 * cookie itself: {@code __Host-JSESSIONID}, {@code Secure}, path {@code /}. Browsers keep a {@code __Host-} cookie
	 * only as this host set it, so no sibling subdomain, and no page with a narrower path, can plant a session of its
	 * own under that name. A context path other than the root cannot have it, and keeps the container's name.
	 */
	@Bean
	@ConditionalOnClass(name = "org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory")
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webexSessionCookieCustomizer(
			WebexEndpoints endpoints, Environment environment) {
		return new HostOnlySessionCookie(endpoints, environment);
	}

	/** Once the server has its port: the redirect URI Webex sends users back to, to compare with the integration's. */
	@Bean
	ApplicationListener<WebServerInitializedEvent> webexSignInAnnouncement(WebexEndpoints endpoints) {
		return (event) -> {
			if (event.getApplicationContext().getServerNamespace() == null) { // not the management server
				log.info("Webex sign-in: GRANT starts at {} and Webex sends the user back to {}, which "
						+ "must be a redirect URI of the integration (webex.redirect-uri, WEBEX_REDIRECT_URI)",
						endpoints.grantPath(), endpoints.redirectUri());
			}
		};
	}

	/** Boot's error page says what the starter refused, and why (a failed grant, say). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.webmvc.error.DefaultErrorAttributes")
	static class ErrorPageMessages {

		@Bean
		@ConditionalOnMissingBean(value = ErrorAttributes.class, search = SearchStrategy.CURRENT)
		WebexErrorAttributes errorAttributes() {
			return new WebexErrorAttributes();
		}

	}

	/**
	 * Reads the bodies of requests from nobody signed in, in every chain that applies {@link WebexLogin}: a bounded
	 * number at once, each within a deadline.
	 */
	@Bean
	@ConditionalOnMissingBean
	BodyGuard webexBodyGuard(WebexProperties properties) {
		WebexProperties.UnauthenticatedBodies bodies = properties.unauthenticatedBodies();
		return new BodyGuard(bodies.concurrency(), bodies.deadline(), bodies.maxSize().toBytes());
	}

	/**
	 * A request Spring Security's firewall refuses (before any chain, so before any body is read) is answered 400 and
	 * its connection closed unread: answered the stock way, the container would first read a trickled body to the end.
	 */
	@Bean
	@ConditionalOnClass(RequestRejectedHandler.class)
	@ConditionalOnMissingBean
	RequestRejectedHandler webexRequestRejectedHandler(ObjectProvider<ObservationRegistry> observations) {
		RequestRejectedHandler closing = (request, response, ex) -> ClosingAnswer.send(request, response,
				HttpServletResponse.SC_BAD_REQUEST, "bad request");
		ObservationRegistry registry = observations.getIfUnique();
		return (registry == null || registry.isNoop()) ? closing : new CompositeRequestRejectedHandler(
				new ObservationMarkingRequestRejectedHandler(registry), closing);
	}

	/** A host without a {@code SecurityFilterChain} of its own: every page needs "sign in with Webex". */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityFilterChain.class)
	@ConditionalOnDefaultWebSecurity
	static class DefaultWebexSecurity {

		@Bean
		@Order(Integer.MAX_VALUE - 5) // as Spring Boot's own default chain, which this one replaces
		SecurityFilterChain webexSecurityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.requestMatchers("/error").permitAll()
				.anyRequest()
				.authenticated()).with(WebexLogin.webexLogin(), Customizer.withDefaults()).build();
		}

	}

}
