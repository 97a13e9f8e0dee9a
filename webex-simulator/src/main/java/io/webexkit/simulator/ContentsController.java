package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /v1/contents/{contentId}} (and {@code HEAD}, which Spring answers from it): a message's file, for
 * whoever sees its space, as Webex serves it: {@code 423 Locked} with {@code Retry-After} while it is scanned,
 * {@code 410 Gone} when it was found infected, {@code 428} when it could not be scanned unless the request has
 * {@code allow=unscannable}; else the bytes with their name, type and length.
 */
@Controller
class ContentsController {

	private static final List<String> READ = List.of("spark:messages_read", "spark:all");

	private final WebexSimulator simulator;

	private final ApiSupport api;

	ContentsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	/** The URL a message's {@code files} lists for this content, on the origin the request came to. */
	static String url(HttpServletRequest request, ContentStore.Content content) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance()
			.scheme(request.getScheme())
			.host(request.getServerName())
			.path(request.getContextPath())
			.path("/v1/contents/")
			.path(content.id());
		int port = request.getServerPort();
		if (!(("http".equals(request.getScheme()) && port == 80)
				|| ("https".equals(request.getScheme()) && port == 443))) {
			builder.port(port);
		}
		return builder.build().toUriString();
	}

	@GetMapping("/v1/contents/{contentId}")
	ResponseEntity<?> get(HttpServletRequest request, @PathVariable String contentId) {
		return this.api.stream(request, READ, (caller) -> {
			ContentStore.Content content = this.simulator.contents()
				.get(contentId)
				.filter((found) -> this.simulator.findRoom(caller.index(), found.roomId()).isPresent())
				.orElseThrow(() -> ApiException.notFound("The requested resource could not be found."));
			Instant now = this.simulator.now();
			if (now.isBefore(content.scanned())) {
				long seconds = Math.max(1, (Duration.between(now, content.scanned()).toMillis() + 999) / 1000);
				return ResponseEntity.status(423)
					.header(SimulatedFailures.TRACKING_HEADER, caller.trackingId())
					.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
					.contentType(MediaType.APPLICATION_JSON)
					.body(Json.write(Json.error("The file is being scanned for malware: retry later.",
							caller.trackingId())));
			}
			switch (content.verdict()) {
				case INFECTED -> {
					return error(410, "The file was found to be infected and cannot be downloaded.", caller);
				}
				case UNSCANNABLE -> {
					if (!"unscannable".equals(request.getParameter("allow"))) {
						return error(428, "The file could not be scanned for malware: add allow=unscannable to "
								+ "download it anyway.", caller);
					}
				}
				case CLEAN -> {
				}
			}
			Resource body = (content.file() != null) ? new FileSystemResource(content.file())
					: new ByteArrayResource(content.bytes());
			boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(content.name());
			return ResponseEntity.ok()
				.header(SimulatedFailures.TRACKING_HEADER, caller.trackingId())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						(ascii ? ContentDisposition.attachment().filename(content.name())
								: ContentDisposition.attachment().filename(content.name(), StandardCharsets.UTF_8))
							.build()
							.toString())
				.contentType(MediaType.parseMediaType(content.contentType()))
				.contentLength(content.size())
				.body(body);
		});
	}

	private static ResponseEntity<byte[]> error(int status, String message, ApiSupport.Caller caller) {
		return ResponseEntity.status(status)
			.header(SimulatedFailures.TRACKING_HEADER, caller.trackingId())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Json.write(Json.error(message, caller.trackingId())));
	}

}
