package io.webexkit.client.card;

import org.jspecify.annotations.Nullable;

/**
 * An input of a card: its value is submitted under its {@link #id()}, which must be unique in the card. A label, a
 * required flag and its error message are schema 1.3 features.
 */
public sealed interface CardInput extends CardElement
		permits TextInput, NumberInput, DateInput, ToggleInput, ChoiceSetInput {

	String id();

	@Nullable String label();

	boolean isRequired();

	/** Shown by the Webex app when a required input is left empty or invalid. */
	@Nullable String errorMessage();

}
