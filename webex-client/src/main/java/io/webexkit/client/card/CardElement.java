package io.webexkit.client.card;

import java.util.Map;

/** An element of a card's body. */
public sealed interface CardElement permits TextBlock, Image, FactSet, ColumnSet, CardInput {

	/** The element as the card's JSON holds it; unmodifiable. */
	Map<String, Object> toJson();

}
