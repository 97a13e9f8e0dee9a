package io.webexkit.client.card;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.webexkit.client.model.Attachment;
import io.webexkit.client.model.FieldMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Adaptive Card for a Webex message, checked as Webex would: schema version 1.0 to {@value #MAX_VERSION} (Webex
 * renders no later one; labels, required inputs and error messages need 1.3), at least one element or action, at
 * most {@value #MAX_ACTIONS} actions, every input with an id of its own, https URLs only, and at most
 * {@link #DEFAULT_MAX_BYTES} bytes of JSON. Post it with {@code MessageRequest.builder().attachment(card.toAttachment())}
 * and a text or markdown for clients that cannot render cards.
 */
public final class AdaptiveCard {

	/** The latest schema version Webex renders. */
	public static final String MAX_VERSION = "1.3";

	/** Webex shows at most five buttons on a card. */
	public static final int MAX_ACTIONS = 5;

	/**
	 * Webex documents no size limit for a card; this client refuses cards past 28 KB of JSON (the bound Microsoft
	 * documents for a message with a card in Teams, the other main Adaptive Cards host), so that an oversized card
	 * fails here, with a reason, rather than in Webex. {@link Builder#maxBytes} changes it.
	 */
	public static final int DEFAULT_MAX_BYTES = 28 * 1024;

	private static final List<String> VERSIONS = List.of("1.0", "1.1", "1.2", "1.3");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String version;

	private final List<CardElement> body;

	private final List<CardAction> actions;

	private final Map<String, Object> content;

	private AdaptiveCard(String version, List<CardElement> body, List<CardAction> actions) {
		this.version = version;
		this.body = List.copyOf(body);
		this.actions = List.copyOf(actions);
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("type", "AdaptiveCard");
		content.put("version", version);
		if (!this.body.isEmpty()) {
			content.put("body", this.body.stream().map(CardElement::toJson).toList());
		}
		if (!this.actions.isEmpty()) {
			content.put("actions", this.actions.stream().map(CardAction::toJson).toList());
		}
		this.content = Collections.unmodifiableMap(content);
	}

	/** A card of schema version {@value #MAX_VERSION}. */
	public static Builder builder() {
		return new Builder();
	}

	public String version() {
		return this.version;
	}

	public List<CardElement> body() {
		return this.body;
	}

	public List<CardAction> actions() {
		return this.actions;
	}

	/** The ids of the card's inputs, in order: the names of a submission's inputs. */
	public Set<String> inputIds() {
		Set<String> ids = new LinkedHashSet<>();
		inputs(this.body).forEach((input) -> ids.add(input.id()));
		return Collections.unmodifiableSet(ids);
	}

	/** The card's JSON, as in the attachment's {@code content}. */
	public String json() {
		return JSON.writeValueAsString(this.content);
	}

	/** The message's {@code attachments} entry. */
	public Attachment toAttachment() {
		return new Attachment(Attachment.ADAPTIVE_CARD, FieldMap.of(this.content));
	}

	@Override
	public String toString() {
		return "AdaptiveCard[version=" + this.version + ", " + this.body.size() + " elements, " + this.actions.size()
				+ " actions]";
	}

	/** Every input, those in columns included. */
	static List<CardInput> inputs(List<CardElement> elements) {
		List<CardInput> inputs = new ArrayList<>();
		for (CardElement element : elements) {
			if (element instanceof CardInput input) {
				inputs.add(input);
			}
			else if (element instanceof ColumnSet columns) {
				columns.columns().forEach((column) -> inputs.addAll(inputs(column.items())));
			}
		}
		return inputs;
	}

	/** Each method rejects a bad value at once and returns this builder; {@link #build()} checks the whole card. */
	public static final class Builder {

		private String version = MAX_VERSION;

		private final List<CardElement> body = new ArrayList<>();

		private final List<CardAction> actions = new ArrayList<>();

		private int maxBytes = DEFAULT_MAX_BYTES;

		private Builder() {
		}

		/** The schema version, {@code 1.0} to {@value #MAX_VERSION}: Webex renders no later one. */
		public Builder version(String version) {
			if (!VERSIONS.contains(version)) {
				throw new IllegalArgumentException(
						"Webex renders Adaptive Cards of version 1.0 to " + MAX_VERSION + ", not " + version);
			}
			this.version = version;
			return this;
		}

		/** Adds elements to the body, in order. */
		public Builder add(CardElement... elements) {
			for (CardElement element : Cards.notNull(elements, "elements")) {
				this.body.add(Cards.notNull(element, "element"));
			}
			return this;
		}

		/** Adds a button, in order. */
		public Builder action(CardAction action) {
			this.actions.add(Cards.notNull(action, "action"));
			return this;
		}

		/** Another size limit for the card's JSON, in bytes. */
		public Builder maxBytes(int maxBytes) {
			if (maxBytes < 1) {
				throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
			}
			this.maxBytes = maxBytes;
			return this;
		}

		/** @throws IllegalArgumentException for a card Webex would refuse or not render */
		public AdaptiveCard build() {
			if (this.body.isEmpty() && this.actions.isEmpty()) {
				throw new IllegalArgumentException("A card needs at least one element or action");
			}
			if (this.actions.size() > MAX_ACTIONS) {
				throw new IllegalArgumentException(
						"Webex shows at most " + MAX_ACTIONS + " actions on a card, got " + this.actions.size());
			}
			Set<String> ids = new LinkedHashSet<>();
			for (CardInput input : inputs(this.body)) {
				if (!ids.add(input.id())) {
					throw new IllegalArgumentException("Input ids must be unique in a card: " + input.id() + " twice");
				}
				boolean needs13 = input.label() != null || input.isRequired() || input.errorMessage() != null;
				if (needs13 && !this.version.equals("1.3")) {
					throw new IllegalArgumentException("Input " + input.id()
							+ " uses label, isRequired or errorMessage, which need version 1.3, not " + this.version);
				}
			}
			AdaptiveCard card = new AdaptiveCard(this.version, this.body, this.actions);
			int bytes = card.json().getBytes(StandardCharsets.UTF_8).length;
			if (bytes > this.maxBytes) {
				throw new IllegalArgumentException(
						"The card is " + bytes + " bytes of JSON; at most " + this.maxBytes + " are sent");
			}
			return card;
		}

	}

}
