package io.webexkit.client.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object whose members Webex does not fix, such as a card's submitted {@code inputs} or an event's
 * {@code data}: names to strings, numbers, booleans, lists, nested objects or null, immutable, with typed getters.
 * Card inputs arrive as strings (a toggle sends {@code "true"}, a number input {@code "42"}), so {@link #bool} and
 * {@link #number} also read those. {@link #toString()} shows the names only: the values are what people typed.
 */
public final class FieldMap {

	private static final FieldMap EMPTY = new FieldMap(Map.of());

	private final Map<String, @Nullable Object> values;

	private FieldMap(Map<String, @Nullable Object> values) {
		this.values = values;
	}

	/**
	 * A copy of {@code values}, whose values must be JSON-like: strings, numbers, booleans, lists, maps or null.
	 *
	 * @throws IllegalArgumentException for a null map or name, or a value of another kind
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FieldMap of(Map<String, ? extends @Nullable Object> values) {
		if (values == null) {
			throw new IllegalArgumentException("values must not be null");
		}
		return values.isEmpty() ? EMPTY : new FieldMap(frozen(values));
	}

	public static FieldMap empty() {
		return EMPTY;
	}

	/** The members as read, in their order; unmodifiable. */
	@JsonValue
	public Map<String, @Nullable Object> asMap() {
		return this.values;
	}

	public Set<String> names() {
		return this.values.keySet();
	}

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	/** The member if it is a JSON string. */
	public Optional<String> string(String name) {
		return (this.values.get(name) instanceof String text) ? Optional.of(text) : Optional.empty();
	}

	/** The member if it is a JSON boolean, or the string {@code "true"} or {@code "false"} (any case). */
	public Optional<Boolean> bool(String name) {
		Object value = this.values.get(name);
		if (value instanceof Boolean flag) {
			return Optional.of(flag);
		}
		if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
			return Optional.of(Boolean.parseBoolean(text));
		}
		return Optional.empty();
	}

	/** The member if it is a JSON number, or a string holding a decimal number. */
	public Optional<BigDecimal> number(String name) {
		Object value = this.values.get(name);
		if (value instanceof BigDecimal decimal) {
			return Optional.of(decimal);
		}
		try {
			if (value instanceof Number number) {
				return Optional.of(new BigDecimal(number.toString()));
			}
			if (value instanceof String text && !text.isBlank() && text.length() <= 100) {
				return Optional.of(new BigDecimal(text.strip()));
			}
		}
		catch (NumberFormatException ex) {
			// not a number, or NaN/Infinity: no value rather than a failure
		}
		return Optional.empty();
	}

	/** The member if it is a JSON object. */
	public Optional<FieldMap> object(String name) {
		Object value = this.values.get(name);
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, @Nullable Object> members = (Map<String, @Nullable Object>) map;
			return Optional.of(new FieldMap(members));
		}
		return Optional.empty();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof FieldMap that) && this.values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "FieldMap" + this.values.keySet();
	}

	private static Map<String, @Nullable Object> frozen(Map<String, ? extends @Nullable Object> values) {
		Map<String, @Nullable Object> copy = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (name == null) {
				throw new IllegalArgumentException("names must not be null");
			}
			copy.put(name, frozenValue(value));
		});
		return Collections.unmodifiableMap(copy);
	}

	private static @Nullable Object frozenValue(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> members = new LinkedHashMap<>();
			map.forEach((name, member) -> members.put(String.valueOf(name), member));
			return frozen(members);
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> copy = new ArrayList<>(list.size());
			list.forEach((element) -> copy.add(frozenValue(element)));
			return Collections.unmodifiableList(copy);
		}
		if (value instanceof FieldMap nested) {
			return nested.values;
		}
		throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getSimpleName());
	}

}
