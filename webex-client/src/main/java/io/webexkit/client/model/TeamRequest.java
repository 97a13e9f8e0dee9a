package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A team to create, or a team's new name and description (a {@code PUT} takes the same fields, so one type serves
 * both; {@link #of(Team)} starts from the team as it is).
 */
public record TeamRequest(String name, @Nullable String description) {

	public TeamRequest {
		Arguments.text(name, "name");
		Arguments.optionalText(description, "description");
	}

	public static TeamRequest of(String name) {
		return new TeamRequest(name, null);
	}

	/**
	 * The team's current name and description, to change with {@link #withName} or {@link #withDescription}.
	 *
	 * @throws IllegalArgumentException when the team has no name
	 */
	public static TeamRequest of(Team team) {
		Arguments.notNull(team, "team");
		String description = team.description();
		return new TeamRequest(Arguments.text(team.name(), "the team's name"),
				(description != null && !description.isBlank()) ? description : null);
	}

	public TeamRequest withName(String name) {
		return new TeamRequest(name, this.description);
	}

	public TeamRequest withDescription(String description) {
		return new TeamRequest(this.name, Arguments.text(description, "description"));
	}

	/** The JSON members to send, in a fixed order: the description only when set. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		Arguments.putIfSet(fields, "description", this.description);
		return Collections.unmodifiableMap(fields);
	}

}
