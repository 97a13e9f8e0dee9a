package io.webexkit.client;

import java.util.Map;

import io.webexkit.client.model.Person;

/** The {@code /people} endpoints. */
public final class People {

	static final String SCOPE = "spark:people_read";

	private final ApiSession session;

	People(ApiSession session) {
		this.session = session;
	}

	/** The user (or bot) the access token belongs to. */
	public Person me() {
		return this.session.get(this.session.uri("/people/me", Map.of()), "/people", SCOPE, Person.class);
	}

}
