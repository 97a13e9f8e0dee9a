package io.webexkit.openapi.validation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every answer held against the document in this JVM that failed, for a test or a report to look at. */
public final class SpecViolations {

	private static final List<SpecViolation> RECORDED = new CopyOnWriteArrayList<>();

	private SpecViolations() {
	}

	static void record(SpecViolation violation) {
		RECORDED.add(violation);
	}

	/** What has been recorded so far, oldest first. */
	public static List<SpecViolation> recorded() {
		return List.copyOf(RECORDED);
	}

}
