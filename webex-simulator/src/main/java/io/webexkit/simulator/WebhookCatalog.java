package io.webexkit.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Registered webhooks by owner, each owner's in the order they were created. In memory and thread-safe. */
final class WebhookCatalog {

	private final Map<String, Map<String, SimWebhook>> byOwner = new ConcurrentHashMap<>();

	void add(SimWebhook webhook) {
		Map<String, SimWebhook> owned = owned(webhook.ownerId());
		synchronized (owned) {
			owned.put(webhook.id(), webhook);
		}
	}

	/** The owner's webhooks, oldest first; a snapshot. */
	List<SimWebhook> list(String ownerId) {
		Map<String, SimWebhook> owned = this.byOwner.get(ownerId);
		if (owned == null) {
			return List.of();
		}
		synchronized (owned) {
			return List.copyOf(owned.values());
		}
	}

	/** The webhook with this id if {@code ownerId} owns it. */
	Optional<SimWebhook> find(String ownerId, String id) {
		Map<String, SimWebhook> owned = this.byOwner.get(ownerId);
		if (owned == null) {
			return Optional.empty();
		}
		synchronized (owned) {
			return Optional.ofNullable(owned.get(id));
		}
	}

	/** Replaces the owner's webhook with what {@code change} makes of it; empty if they own none with that id. */
	Optional<SimWebhook> update(String ownerId, String id, UnaryOperator<SimWebhook> change) {
		Map<String, SimWebhook> owned = this.byOwner.get(ownerId);
		if (owned == null) {
			return Optional.empty();
		}
		synchronized (owned) {
			return Optional.ofNullable(owned.computeIfPresent(id, (key, webhook) -> change.apply(webhook)));
		}
	}

	/**
	 * Whether the owner had a webhook with this id, now removed. Its deliveries not yet sent are dropped: a deleted
	 * webhook receives nothing.
	 */
	boolean remove(String ownerId, String id) {
		Map<String, SimWebhook> owned = this.byOwner.get(ownerId);
		if (owned == null) {
			return false;
		}
		SimWebhook removed;
		synchronized (owned) {
			removed = owned.remove(id);
		}
		if (removed == null) {
			return false;
		}
		removed.health().deactivate();
		return true;
	}

	/** Removes every webhook; their deliveries not yet sent are dropped. */
	void clear() {
		for (Map<String, SimWebhook> owned : this.byOwner.values()) {
			synchronized (owned) {
				owned.values().forEach((webhook) -> webhook.health().deactivate());
			}
		}
		this.byOwner.clear();
	}

	private Map<String, SimWebhook> owned(String ownerId) {
		return this.byOwner.computeIfAbsent(ownerId, (key) -> new LinkedHashMap<>());
	}

}
