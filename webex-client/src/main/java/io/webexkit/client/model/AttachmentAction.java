package io.webexkit.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What someone submitted on a card: the {@code inputs} of the card message {@code messageId}. Read one with the id
 * an {@code attachmentActions} webhook delivers; {@code inputs} is never null. Webex sends every input as a string;
 * the typed getters read each kind of input as its card sends it (an empty answer is absent).
 *
 * @param personId who submitted it
 * @param type {@code submit}, the one type Webex documents, kept as text so a new one never fails a read
 * @param messageId the message that holds the card
 * @param inputs the card's input values by input id, as strings for Webex's own inputs
 */
public record AttachmentAction(String id, @Nullable String personId, @Nullable String roomId, @Nullable String type,
		@Nullable String messageId, FieldMap inputs, @Nullable Instant created) {

	public AttachmentAction {
		inputs = (inputs != null) ? inputs : FieldMap.empty();
	}

	/** What was typed into the {@code Input.Text} of this id; absent when left empty. */
	public Optional<String> text(String inputId) {
		return this.inputs.string(inputId).filter((value) -> !value.isEmpty());
	}

	/** The value of the {@code Input.Number} of this id; absent when left empty or not a number. */
	public Optional<BigDecimal> number(String inputId) {
		return this.inputs.number(inputId);
	}

	/** The {@code Input.Toggle} of this id with its default values ({@code "true"} / {@code "false"}). */
	public Optional<Boolean> toggle(String inputId) {
		return this.inputs.bool(inputId);
	}

	/** The {@code Input.Date} of this id ({@code yyyy-MM-dd}); absent when left empty or malformed. */
	public Optional<LocalDate> date(String inputId) {
		return text(inputId).flatMap((value) -> {
			try {
				return Optional.of(LocalDate.parse(value.strip()));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * The values chosen in the {@code Input.ChoiceSet} of this id: one, or several for a multi-select (which Webex
	 * sends comma-separated); empty when none was chosen.
	 */
	public List<String> choices(String inputId) {
		return text(inputId).map((value) -> Arrays.stream(value.split(","))
			.map(String::strip)
			.filter((choice) -> !choice.isEmpty())
			.toList()).orElse(List.of());
	}

}
