package io.webexkit.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The consent page's stylesheet and the seeded people's avatars, served from {@code /v1/simulator-assets/}. */
@Controller
class AssetsController {

	private static final List<String> AVATAR_COLOURS = List.of("#0a78cc", "#7b3fb5", "#d9534f");

	private final WebexSimulator simulator;

	private final byte[] stylesheet;

	AssetsController(WebexSimulator simulator) {
		this.simulator = simulator;
		try (InputStream in = AssetsController.class.getResourceAsStream("simulator.css")) {
			if (in == null) {
				throw new IllegalStateException("simulator.css is missing from the classpath");
			}
			this.stylesheet = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/v1/simulator-assets/simulator.css")
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.header("X-Content-Type-Options", "nosniff")
			.body(this.stylesheet);
	}

	@GetMapping("/v1/simulator-assets/avatars/{index}.svg")
	ResponseEntity<byte[]> avatar(@PathVariable String index) {
		List<SimulatedPerson> people = this.simulator.users();
		int i = index.matches("[0-9]") ? Integer.parseInt(index) : -1;
		if (i < 0 || i >= people.size()) {
			return ResponseEntity.notFound().build();
		}
		SimulatedPerson person = people.get(i);
		String initials = person.firstName().substring(0, 1) + person.lastName().substring(0, 1);
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">\
				<circle cx="48" cy="48" r="48" fill="%s"/>\
				<text x="48" y="60" font-family="Helvetica, Arial, sans-serif" font-size="36" fill="#ffffff" \
				text-anchor="middle">%s</text></svg>""".formatted(AVATAR_COLOURS.get(i % AVATAR_COLOURS.size()),
				Html.escape(initials));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.header("Content-Security-Policy", "default-src 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.body(svg.getBytes(StandardCharsets.UTF_8));
	}

}
