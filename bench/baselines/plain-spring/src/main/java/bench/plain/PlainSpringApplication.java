package bench.plain;

import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

/**
 * A baseline for bench/run.sh: a Webex integration written the way the Spring Security reference shows it.
 * {@code oauth2Login} with the registration from {@code spring.security.oauth2.client.*} (application.yml), sessions
 * in memory, PKCE as Security 7 does by default; Webex called with a {@link RestClient} whose
 * {@link OAuth2ClientHttpRequestInterceptor} takes the token from an {@link OAuth2AuthorizedClientManager}; pages
 * rendered with Thymeleaf.
 */
@SpringBootApplication
public class PlainSpringApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlainSpringApplication.class, args);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.oauth2Login(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository clientRegistrationRepository,
			OAuth2AuthorizedClientRepository authorizedClientRepository) {
		OAuth2AuthorizedClientProvider authorizedClientProvider = OAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken()
			.build();
		DefaultOAuth2AuthorizedClientManager authorizedClientManager = new DefaultOAuth2AuthorizedClientManager(
				clientRegistrationRepository, authorizedClientRepository);
		authorizedClientManager.setAuthorizedClientProvider(authorizedClientProvider);
		return authorizedClientManager;
	}

	@Bean
	RestClient restClient(OAuth2AuthorizedClientManager authorizedClientManager,
			OAuth2AuthorizedClientRepository authorizedClientRepository, @Value("${webex.api-base-url}") String api) {
		OAuth2ClientHttpRequestInterceptor requestInterceptor = new OAuth2ClientHttpRequestInterceptor(
				authorizedClientManager);
		// a 401 or 403 from Webex forgets the authorized client, so that the next request authorizes again
		requestInterceptor.setAuthorizationFailureHandler(
				OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClientRepository));
		return RestClient.builder().baseUrl(api).requestInterceptor(requestInterceptor).build();
	}

	@Controller
	static class WebexController {

		private final RestClient restClient;

		WebexController(RestClient restClient) {
			this.restClient = restClient;
		}

		@GetMapping("/")
		String home(@AuthenticationPrincipal OAuth2User user, Model model) {
			model.addAttribute("name", user.getAttribute("displayName"));
			return "home";
		}

		@GetMapping("/spaces")
		String spaces(@AuthenticationPrincipal OAuth2User user, Model model) {
			Rooms rooms = this.restClient.get()
				.uri("/rooms?max={max}", 100)
				.attributes(clientRegistrationId("webex"))
				.retrieve()
				.body(Rooms.class);
			Instant now = Instant.now();
			model.addAttribute("name", user.getAttribute("displayName"));
			model.addAttribute("rooms", rooms.items().stream().map((room) -> SpaceRow.of(room, now)).toList());
			return "spaces";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Rooms(List<Room> items) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Room(String id, String title, String type, Instant lastActivity, Instant created) {
	}

	/** A room as the page shows it: title, "Group" or "Direct", and its last activity in words. */
	record SpaceRow(String title, String type, String lastActivity, Instant lastActivityExact) {

		static SpaceRow of(Room room, Instant now) {
			Instant last = (room.lastActivity() != null) ? room.lastActivity() : room.created();
			return new SpaceRow(room.title(), "direct".equals(room.type()) ? "Direct" : "Group",
					(last != null) ? ago(Duration.between(last, now)) : "never", last);
		}

		private static String ago(Duration ago) {
			if (ago.toSeconds() < 45) {
				return "just now";
			}
			if (ago.toMinutes() < 60) {
				return plural(Math.max(1, ago.toMinutes()), "minute");
			}
			if (ago.toHours() < 24) {
				return plural(ago.toHours(), "hour");
			}
			if (ago.toDays() < 30) {
				return plural(ago.toDays(), "day");
			}
			return (ago.toDays() < 365) ? plural(ago.toDays() / 30, "month") : plural(ago.toDays() / 365, "year");
		}

		private static String plural(long n, String unit) {
			return n + " " + unit + ((n == 1) ? "" : "s") + " ago";
		}

	}

}
