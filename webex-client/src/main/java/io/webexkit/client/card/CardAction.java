package io.webexkit.client.card;

import java.util.Map;

/** A button of a card. */
public sealed interface CardAction permits SubmitAction, OpenUrlAction {

	String title();

	/** The action as the card's JSON holds it; unmodifiable. */
	Map<String, Object> toJson();

}
