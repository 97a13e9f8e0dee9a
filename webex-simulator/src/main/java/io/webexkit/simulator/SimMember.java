package io.webexkit.simulator;

/** Someone who can be in a room: a seeded person or a generated colleague. */
record SimMember(String id, String email, String displayName) {

	static SimMember of(SimulatedPerson person) {
		return new SimMember(person.id(), person.email(), person.displayName());
	}

}
