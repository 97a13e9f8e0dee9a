package io.webexkit.spring.webhooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexException;
import io.webexkit.client.WebhookEvents;
import io.webexkit.client.WebhookSignature;
import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.WebhookEvent;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhookEvent;
import io.webexkit.spring.WebhookRegistration;
import io.webexkit.spring.bodies.BodyGuard;
import io.webexkit.spring.bodies.BodyGuard.Body;
import io.webexkit.spring.bodies.BodyGuard.Refusal;
import io.webexkit.spring.bodies.ClosingAnswer;
import io.webexkit.spring.bodies.ThrottledLog;
import io.webexkit.spring.metrics.WebhookMetrics;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Receives Webex webhook deliveries at {@code POST <path>/<registration key>}. It runs as a servlet filter ahead of
 * Spring Security's, and answers every request under its path itself: no sign-in, no session, no CSRF token, so
 * neither the starter's default chain nor a host's chain is in the way.
 * <p>
 * Before any byte of the body is read: the request must be a POST ({@code 405}), the key a registration's
 * ({@code 404}), the declared length no larger than {@code webex.webhooks.max-body-size} ({@code 413}); each answers
 * at once and closes the connection, unread, so a sender that trickles a body holds no thread. The body is then read
 * whole by the receiver's {@link BodyGuard}: {@code 503} when every turn is taken, {@code 408} when not whole within
 * the deadline, {@code 413} past the size limit. Then {@code X-Spark-Signature} must be the HMAC of the exact bytes
 * received under that registration's secret ({@code 403}; a missing header too), and the body must parse
 * ({@code 400}). A delivery already handled, here or on another instance, is answered {@code 200} and not published
 * again. Otherwise a {@link WebexWebhookEvent} is published, synchronously, and {@code 200} answered once the
 * listeners ran; a listener's failure is logged and still answered {@code 200}, since the delivery is recorded as
 * handled and a retry would be dropped as a duplicate. A refusal answers a short reason only, stores nothing, and is
 * logged at INFO without the body or any secret, at most once a minute for each reason (the next line counts those
 * held back; the {@code webex.webhooks.refused} counter counts each).
 */
public class WebhookReceiver extends OncePerRequestFilter implements Ordered {

	/** Ahead of Spring Security's filter (-100 by default). */
	public static final int ORDER = -110;

	private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final String path;

	private final BodyGuard bodies;

	private final WebhookStore store;

	private final ResourceLookup resources;

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	private final ThrottledLog refusals;

	/**
	 * @param path where deliveries arrive, without a trailing slash
	 * @param bodies reads the bodies, with the largest accepted, the deadline and the number read at once
	 * @param store the registrations and handled deliveries
	 * @param clients clients acting for the webhooks' owners, to read new messages and card submissions
	 * @param publisher where events go
	 * @param metrics counters of deliveries
	 */
	public WebhookReceiver(String path, BodyGuard bodies, WebhookStore store, WebexClients clients,
			ApplicationEventPublisher publisher, WebhookMetrics metrics) {
		this.path = path;
		this.bodies = bodies;
		this.store = store;
		this.resources = new ResourceLookup(clients);
		this.publisher = publisher;
		this.metrics = metrics;
		this.refusals = new ThrottledLog(log, Clock.systemUTC());
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
			ClosingAnswer.send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST only");
			return;
		}
		Optional<WebhookRegistration> found = KEY.matcher(key).matches() ? this.store.find(key) : Optional.empty();
		if (found.isEmpty()) {
			refuseUnread(request, response, HttpServletResponse.SC_NOT_FOUND, "unknown", key);
			return;
		}
		Body read = this.bodies.read(request);
		if (read.refusal() != null) {
			refuseUnread(request, response, read.refusal(), key);
			return;
		}
		byte[] body = read.bytes();
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
			boolean created = "created".equals(event.event());
			Message message = (created && "messages".equals(event.resource()))
					? this.resources.message(registration.personId(), event.data().id()) : null;
			AttachmentAction action = (created && "attachmentActions".equals(event.resource()))
					? this.resources.attachmentAction(registration.personId(), event.data().id()) : null;
			this.publisher.publishEvent(new WebexWebhookEvent(this, registration.personId(), event, message, action));
		}
		catch (RuntimeException ex) {
			log.error("Webex webhook: a listener failed on {} {} for registration {}; the delivery is recorded as "
					+ "handled and will not be published again", event.resource(), event.event(), registration.key(),
					ex);
		}
	}

	/** A refusal after the body was read whole: the connection may serve another delivery. */
	private void refuse(HttpServletResponse response, int status, String reason, String key) throws IOException {
		logRefusal(status, reason, key);
		answer(response, status, reason.replace('_', ' '));
	}

	/** A refusal with the body unread: answered at once, and the connection closed without reading the rest. */
	private void refuseUnread(HttpServletRequest request, HttpServletResponse response, int status, String reason,
			String key) throws IOException {
		logRefusal(status, reason, key);
		ClosingAnswer.send(request, response, status, reason);
	}

	private void refuseUnread(HttpServletRequest request, HttpServletResponse response, Refusal refusal, String key)
			throws IOException {
		logRefusal(refusal.status(), refusal.reason(), key);
		this.bodies.answer(request, response, refusal);
	}

	private void logRefusal(int status, String reason, String key) {
		this.metrics.refused(reason);
		this.refusals.info(reason, "Webex webhook: delivery refused with {} ({}) for registration key {}", status,
				reason, KEY.matcher(key).matches() ? key : "(malformed)");
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
