package io.webexkit.simulator.test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.TokenRequestRecord;
import io.webexkit.simulator.server.SimulatorServer;

/**
 * A grant as a person's browser goes through it: GRANT on the application, consent at the simulated Webex, the code
 * back to the application's callback; then a check that the application accepted that very code. The application's
 * side goes through an {@link App}, which is MockMvc or real HTTP.
 */
final class SignInFlow {

	/** Redirects the application may send the browser through (within itself) before it reaches the simulator. */
	private static final int MAX_HOPS = 5;

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private final SimulatorServer server;

	private final TestIntegration integration;

	private final String clientId;

	private final SimulatedConsent consent;

	private final AcceptedCodes accepted;

	SignInFlow(SimulatorServer server, TestIntegration integration, String clientId, AcceptedCodes accepted) {
		this.server = server;
		this.integration = integration;
		this.clientId = clientId;
		this.consent = new SimulatedConsent(server.simulator(), integration);
		this.accepted = accepted;
	}

	/** Signs {@code person} in through {@code app}, starting the grant at {@code start}; returns the callback used. */
	URI signIn(App app, URI start, SimulatedPerson person) {
		this.accepted.requireObserving();
		Instant since = Instant.now();
		URI authorize = toSimulator(app, start);
		URI callback = this.consent.accept(authorize, person);
		Answer back = app.get(callback);
		String code = SimulatedConsent.query(callback).get("code");
		if (code == null || !this.accepted.take(code)) {
			throw new AssertionError("The application did not accept " + person.displayName() + "'s sign-in: its "
					+ "callback " + callback.getPath() + " answered " + back.describe() + "; " + tokenEndpoint(since));
		}
		return callback;
	}

	/** Follows the application's redirects from {@code start} until one leads to the simulated Webex. */
	private URI toSimulator(App app, URI start) {
		URI next = start;
		for (int hop = 0; hop <= MAX_HOPS; hop++) {
			Answer answer = app.get(next);
			if (!answer.redirect()) {
				throw new AssertionError("Starting a grant at " + start + " answered " + answer.describe()
						+ ", not a redirect to the simulated Webex: does the application sign in with Spring "
						+ "Security's registration '" + this.integration.registrationId()
						+ "' (see @AutoConfigureWebexSimulator(registrationId))?");
			}
			next = next.resolve(answer.location());
			if (atSimulator(next)) {
				return next;
			}
			if (next.getHost() != null && !LOOPBACK.contains(next.getHost().toLowerCase(Locale.ROOT))) {
				break;
			}
		}
		throw new AssertionError("Starting a grant at " + start + " led to " + next + ", not to the simulated Webex at "
				+ this.server.apiBaseUrl() + ": are webex.api-base-url or webex.authorize-url set for this test?");
	}

	private boolean atSimulator(URI uri) {
		URI origin = this.server.origin();
		return origin.getHost().equalsIgnoreCase(uri.getHost()) && origin.getPort() == uri.getPort();
	}

	/** What the token endpoint told this integration since the sign-in started: why a sign-in failed, often. */
	private String tokenEndpoint(Instant since) {
		List<TokenRequestRecord> requests = this.server.simulator()
			.recentTokenRequests()
			.stream()
			.filter((request) -> this.clientId.equals(request.clientId()) && !request.at().isBefore(since))
			.toList();
		if (requests.isEmpty()) {
			return "it never redeemed the code at the simulated Webex (was the callback's session the one that "
					+ "started the grant?)";
		}
		TokenRequestRecord last = requests.get(requests.size() - 1);
		return "the simulated Webex's token endpoint answered it " + last.status() + " " + last.outcome();
	}

	/** The application's side of the flow: a GET as the person's browser sends it, cookies included. */
	interface App {

		Answer get(URI uri);

	}

	/**
	 * The application's answer.
	 *
	 * @param status the HTTP status
	 * @param location the {@code Location} header, if any
	 */
	record Answer(int status, @Nullable String location) {

		boolean redirect() {
			return this.status >= 300 && this.status < 400 && this.location != null;
		}

		String describe() {
			return this.status + ((this.location != null) ? " to " + this.location : "");
		}

	}

}
