package io.webexkit.simulator;

import java.time.Instant;

/**
 * A seeded, simulated Webex user.
 *
 * @param id the opaque Webex person id
 * @param email the primary email
 * @param displayName the full name
 * @param firstName the first name
 * @param lastName the last name
 * @param nickName the nick name
 * @param orgId the opaque organization id
 * @param created when the account was created
 * @param roomCount how many rooms the seed gives this person (a behaviour knob can override it)
 */
public record SimulatedPerson(String id, String email, String displayName, String firstName, String lastName,
		String nickName, String orgId, Instant created, int roomCount) {
}
