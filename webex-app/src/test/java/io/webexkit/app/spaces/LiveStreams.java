package io.webexkit.app.spaces;

import org.springframework.context.ApplicationContext;

/** The live streams of a running app, for tests outside this package. */
public final class LiveStreams {

	private LiveStreams() {
	}

	/** Runs the streams' heartbeat now, as its timer does every {@value SpaceStreams#HEARTBEAT_SECONDS} s. */
	public static void heartbeat(ApplicationContext app) {
		app.getBean(SpaceStreams.class).beat();
	}

	/** How many streams a person may keep open. */
	public static int perPerson() {
		return SpaceStreams.PER_PERSON;
	}

}
