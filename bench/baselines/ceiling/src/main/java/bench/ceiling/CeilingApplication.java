package bench.ceiling;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A baseline for bench/run.sh: the work of the app's {@code /spaces?size=100} and nothing else. One
 * {@code GET /v1/rooms?max=100} with the JDK {@link HttpClient} and a fixed bearer token ({@code WEBEX_ACCESS_TOKEN}),
 * Jackson into records, and the same HTML as the app's page written with a {@link StringBuilder}; no security, no
 * session, no template engine. What Spring MVC on Tomcat allows for this page.
 */
@SpringBootApplication
public class CeilingApplication {

	public static void main(String[] args) {
		SpringApplication.run(CeilingApplication.class, args);
	}

	@RestController
	static class SpacesController {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		private final JsonMapper json;

		private final HttpRequest rooms;

		SpacesController(JsonMapper json, @Value("${webex.api-base-url}") String api,
				@Value("${webex.access-token}") String token) {
			this.json = json;
			this.rooms = HttpRequest.newBuilder(URI.create(api + "/rooms?max=100"))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.build();
		}

		@GetMapping(path = "/spaces", produces = "text/html;charset=UTF-8")
		String spaces() throws IOException, InterruptedException {
			HttpResponse<byte[]> response = this.http.send(this.rooms, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Webex answered " + response.statusCode());
			}
			return Page.spaces(this.json.readValue(response.body(), Rooms.class).items(), Instant.now());
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Rooms(List<Room> items) {
	}

	/** {@code errors.title} set (Webex's kms_failure) means the title cannot be trusted, as the app treats it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Room(String id, String title, String type, Instant lastActivity, Instant created,
			Map<String, Object> errors) {

		boolean titleUnreadable() {
			return this.errors != null && this.errors.get("title") != null;
		}

	}

	/** The app's layout and spaces list, as it renders them for 100 spaces. */
	static final class Page {

		private static final String HEAD = """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Spaces · Webex Integration Kit</title>
				<link rel="stylesheet" href="/css/app.css">
				<link rel="icon" href="/img/logo.svg" type="image/svg+xml">
				<script src="/js/busy.js" defer></script>
				</head>
				<body>
				<a class="skip" href="#main">Skip to content</a>
				<header class="top">
				  <a class="brand" href="/"><img src="/img/logo.svg" alt="" width="32" height="32"><span>Webex Integration Kit</span></a>
				  <nav aria-label="Main">
				      <a href="/spaces">Spaces</a>
				      <a href="/profile">Profile</a>
				  </nav>
				</header>
				<main id="main">
				<p id="status" class="visually-hidden" role="status"></p>
				  <section class="card">
				    <h1>Your spaces</h1>
				    <form method="get" action="/spaces" class="filters" aria-label="Show">
				      <label>Kind
				        <select name="type">
				          <option value="all" selected>All</option><option value="group">Group</option><option value="direct">Direct</option>
				        </select>
				      </label>
				      <label>Order by
				        <select name="sort">
				          <option value="activity" selected>Last activity</option><option value="created">Creation</option>
				        </select>
				      </label>
				      <label>Per page
				        <select name="size">
				          <option value="25">25</option><option value="50">50</option><option value="100" selected>100</option>
				        </select>
				      </label>
				      <button type="submit" class="button secondary small">Show</button>
				    </form>
				      <table class="spaces">
				        <caption class="visually-hidden">Spaces,  most recent activity first</caption>
				        <thead><tr><th scope="col">Title</th><th scope="col">Type</th><th scope="col">Last activity</th></tr></thead>
				        <tbody>
				""";

		private static final String TAIL = """
				        </tbody>
				      </table>
				    <nav class="pager" aria-label="Pages">
				    </nav>
				  </section>
				</main>
				<footer class="foot">
				</footer>
				</body>
				</html>
				""";

		private Page() {
		}

		static String spaces(List<Room> rooms, Instant now) {
			StringBuilder html = new StringBuilder(48 * 1024).append(HEAD);
			for (Room room : rooms) {
				Instant last = (room.lastActivity() != null) ? room.lastActivity() : room.created();
				html.append("          <tr>\n            <td class=\"title\"><a href=\"/spaces/");
				escape(html, room.id());
				html.append("\">");
				if (room.titleUnreadable() || room.title() == null || room.title().isBlank()) {
					html.append("<span class=\"unreadable\">(title unavailable)</span>");
				}
				else {
					escape(html, room.title());
				}
				html.append("</a></td>\n            <td><span class=\"tag\">")
					.append("direct".equals(room.type()) ? "Direct" : "Group")
					.append("</span></td>\n            <td>");
				if (last != null) {
					String exact = last.toString();
					html.append("<time datetime=\"").append(exact).append("\" title=\"").append(exact).append("\">");
					ago(html, Duration.between(last, now));
					html.append("</time>");
				}
				else {
					html.append("never");
				}
				html.append("</td>\n          </tr>\n");
			}
			return html.append(TAIL).toString();
		}

		private static void ago(StringBuilder html, Duration ago) {
			long n;
			String unit;
			if (ago.toSeconds() < 45) {
				html.append("just now");
				return;
			}
			if (ago.toMinutes() < 60) {
				n = Math.max(1, ago.toMinutes());
				unit = "minute";
			}
			else if (ago.toHours() < 24) {
				n = ago.toHours();
				unit = "hour";
			}
			else if (ago.toDays() < 30) {
				n = ago.toDays();
				unit = "day";
			}
			else if (ago.toDays() < 365) {
				n = ago.toDays() / 30;
				unit = "month";
			}
			else {
				n = ago.toDays() / 365;
				unit = "year";
			}
			html.append(n).append(' ').append(unit).append((n == 1) ? "" : "s").append(" ago");
		}

		private static void escape(StringBuilder html, String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '<' -> html.append("&lt;");
					case '>' -> html.append("&gt;");
					case '&' -> html.append("&amp;");
					case '"' -> html.append("&#34;");
					case '\'' -> html.append("&#39;");
					default -> html.append(c);
				}
			}
		}

	}

}
