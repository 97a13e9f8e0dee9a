package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Webhook;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.client.model.WebhookUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /webhooks} endpoints. Webex documents no scope for managing webhooks, but creating one needs the read
 * scope of the resource it watches (such as {@code spark:messages_read} for {@code messages}), which is the scope a
 * refused creation names. Deliveries are read with {@link WebhookEvents} and checked with {@link WebhookSignature}.
 */
public final class Webhooks {

	/** The read scope each resource's webhooks need, per Webex's documentation; others are not known here. */
	static final Map<String, String> READ_SCOPES = Map.of("messages", Messages.READ_SCOPE, "memberships",
			Memberships.SCOPE, "rooms", Rooms.SCOPE, "meetings", "meeting:schedules_read");

	private static final String PATH = "/webhooks";

	/** Only {@code max} is ever sent, and it always survives to the next page. */
	private static final Set<String> FILTERS = Set.of();

	private final ApiSession session;

	Webhooks(ApiSession session) {
		this.session = session;
	}

	/** The first page of the webhooks, in pages of the Webex default size. */
	public Page<Webhook> list() {
		return page(this.session.uri(PATH, Map.of()));
	}

	/** The first page of the webhooks, {@code max} (1..1000) per page. */
	public Page<Webhook> list(int max) {
		return page(this.session.uri(PATH, Map.of("max", Checks.max(max))));
	}

	/** The page at {@code next}, which must be a webhooks URL of the configured API. */
	public Page<Webhook> page(URI next) {
		Checks.notNull(next, "next");
		return this.session.page(next, PATH, null, FILTERS, Webhook.class);
	}

	/** Every webhook, fetching pages lazily as the stream is consumed. */
	public Stream<Webhook> stream() {
		return PageIterator.stream(this::list, this::page);
	}

	/** Every webhook, fetching pages lazily as the iterator is consumed. */
	public Iterator<Webhook> iterate() {
		return new PageIterator<>(this::list, this::page);
	}

	/** Creates a webhook; not retried after 5xx or timeouts, since it may have been created. */
	public Webhook create(WebhookRequest request) {
		Checks.notNull(request, "request");
		return this.session.post(this.session.uri(PATH, Map.of()), PATH, readScope(request.resource()),
				request.fields(), Webhook.class);
	}

	/** The webhook with this id; {@link WebexNotFoundException} when there is none. */
	public Webhook get(String webhookId) {
		return this.session.get(item(webhookId), PATH, null, Webhook.class);
	}

	/** Replaces the webhook's name, target URL, secret, owner and status; {@code ACTIVE} reactivates it. */
	public Webhook update(String webhookId, WebhookUpdate update) {
		Checks.notNull(update, "update");
		return this.session.put(item(webhookId), PATH, null, update.fields(), Webhook.class);
	}

	/** Deletes the webhook: Webex stops delivering its events. */
	public void delete(String webhookId) {
		this.session.delete(item(webhookId), PATH, null);
	}

	/** The scope needed to create webhooks on {@code resource}, when known. */
	static @Nullable String readScope(String resource) {
		return READ_SCOPES.get(resource);
	}

	private URI item(String webhookId) {
		return this.session.uri(PATH + "/" + ApiOrigin.segment(webhookId), Map.of());
	}

}
