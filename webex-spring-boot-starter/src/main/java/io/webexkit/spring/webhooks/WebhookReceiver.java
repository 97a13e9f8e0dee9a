package io.webexkit.spring.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexException;
import io.webexkit.client.WebhookEvents;
import io.webexkit.client.WebhookSignature;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.WebhookEvent;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhookEvent;
import io.webexkit.spring.WebhookRegistration;
import io.webexkit.spring.metrics.WebhookMetrics;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Receives Webex webhook deliveries at {@code POST <path>/<registration key>}. It runs as a servlet filter ahead of
 * Spring Security's, and answers every request under its path itself: no sign-in, no session, no CSRF token, so
 * neither the starter's default chain nor a host's chain is in the way.
 * <p>
 * Before anything reads the body as JSON: the request must be a POST ({@code 405}), its body no larger than
 * {@code webex.webhooks.max-body-size} ({@code 413}, read no further than that), the key a registration's
 * ({@code 404}), and {@code X-Spark-Signature} the HMAC of the exact bytes received under that registration's secret
 * ({@code 403}; a missing header too). Then the body must parse ({@code 400}). A delivery already handled, here or on
 * another instance, is answered {@code 200} and not published again. Otherwise a {@link WebexWebhookEvent} is
 * published, synchronously, and {@code 200} answered once the listeners ran; a listener's failure is logged and still
 * answered {@code 200}, since the delivery is recorded as handled and a retry would be dropped as a duplicate. A
 * refusal answers a short reason only, stores nothing, and is logged at INFO without the body or any secret.
 */
public class WebhookReceiver extends OncePerRequestFilter implements Ordered {

	/** Ahead of Spring Security's filter (-100 by default). */
	public static final int ORDER = -110;

	private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final String path;

	private final long maxBodySize;

	private final WebhookStore store;

	private final MessageLookup messages;

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	/**
	 * @param path where deliveries arrive, without a trailing slash
	 * @param maxBodySize the largest body accepted, in bytes
	 * @param store the registrations and handled deliveries
	 * @param clients clients acting for the webhooks' owners, to read new messages
	 * @param publisher where events go
	 * @param metrics counters of deliveries
	 */
	public WebhookReceiver(String path, long maxBodySize, WebhookStore store, WebexClients clients,
			ApplicationEventPublisher publisher, WebhookMetrics metrics) {
		this.path = path;
		this.maxBodySize = maxBodySize;
		this.store = store;
		this.messages = new MessageLookup(clients);
		this.publisher = publisher;
		this.metrics = metrics;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !pathWithinApplication(request).startsWith(this.path + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = pathWithinApplication(request).substring(this.path.length() + 1);
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "POST");
			answer(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST only");
			return;
		}
		byte[] body = read(request);
		if (body == null) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too_large", key);
			return;
		}
		Optional<WebhookRegistration> found = KEY.matcher(key).matches() ? this.store.find(key) : Optional.empty();
		if (found.isEmpty()) {
			refuse(response, HttpServletResponse.SC_NOT_FOUND, "unknown", key);
			return;
		}
		WebhookRegistration registration = found.get();
		String secret;
		try {
			secret = this.store.secret(key);
		}
		catch (RuntimeException ex) {
			log.warn("Webex webhook: the secret of registration {} cannot be read ({}); delivery refused", key,
					ex.getClass().getSimpleName());
			this.metrics.refused("secret_unreadable");
			answer(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "secret unreadable");
			return;
		}
		if (!WebhookSignature.matches(body, request.getHeader(WebhookSignature.HEADER), secret)) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "signature", key);
			return;
		}
		WebhookEvent event;
		try {
			event = WebhookEvents.parse(body);
		}
		catch (WebexException ex) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, "unreadable", key);
			return;
		}
		if (!this.store.firstDelivery(DeliveryKey.of(key, event))) {
			log.debug("Webex webhook: delivery {} for registration {} already handled", event.id(), key);
			this.metrics.duplicate();
			answer(response, HttpServletResponse.SC_OK, "already handled");
			return;
		}
		publish(registration, event);
		this.metrics.accepted();
		answer(response, HttpServletResponse.SC_OK, "ok");
	}

	private void publish(WebhookRegistration registration, WebhookEvent event) {
		try {
			Message message = ("messages".equals(event.resource()) && "created".equals(event.event()))
					? this.messages.find(registration.personId(), event.data().id()) : null;
			this.publisher.publishEvent(new WebexWebhookEvent(this, registration.personId(), event, message));
		}
		catch (RuntimeException ex) {
			log.error("Webex webhook: a listener failed on {} {} for registration {}; the delivery is recorded as "
					+ "handled and will not be published again", event.resource(), event.event(), registration.key(),
					ex);
		}
	}

	/** The body, or null when it is larger than allowed; never reads more than one byte past the limit. */
	private byte @Nullable [] read(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBodySize) {
			return null;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), this.maxBodySize));
		byte[] buffer = new byte[8192];
		long remaining = this.maxBodySize + 1;
		try (InputStream in = request.getInputStream()) {
			int n;
			while (remaining > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
				bytes.write(buffer, 0, n);
				remaining -= n;
			}
		}
		return (bytes.size() > this.maxBodySize) ? null : bytes.toByteArray();
	}

	private void refuse(HttpServletResponse response, int status, String reason, String key) throws IOException {
		log.info("Webex webhook: delivery refused with {} ({}) for registration key {}", status, reason,
				KEY.matcher(key).matches() ? key : "(malformed)");
		this.metrics.refused(reason);
		answer(response, status, reason.replace('_', ' '));
	}

	private static void answer(HttpServletResponse response, int status, String reason) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		byte[] text = reason.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(text.length);
		response.getOutputStream().write(text);
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

}
