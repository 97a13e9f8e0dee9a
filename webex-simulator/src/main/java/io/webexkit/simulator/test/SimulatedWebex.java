package io.webexkit.simulator.test;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.simulator.server.SimulatorServer;

import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The simulated Webex of a test's application context (see {@link AutoConfigureWebexSimulator}); inject it. It signs
 * simulated people in to the application under test, as their browser would (GRANT, Accept on the consent page, back
 * to the callback), and gives the simulator's people, knobs and counters. One per context, shared by the tests that
 * share the context: knobs a test changes stay changed until it changes them back (or calls
 * {@code simulator().reset()}).
 */
public final class SimulatedWebex {

	private final SimulatorServer server;

	private final TestIntegration integration;

	private final String clientId;

	private final Environment environment;

	private final SignInFlow flow;

	SimulatedWebex(SimulatorServer server, TestIntegration integration, String clientId, Environment environment,
			AcceptedCodes accepted) {
		this.server = server;
		this.integration = integration;
		this.clientId = clientId;
		this.environment = environment;
		this.flow = new SignInFlow(server, integration, clientId, accepted);
	}

	/** The simulator itself: people, behaviour knobs (failures, latency, token lifetimes), counters, grants. */
	public WebexSimulator simulator() {
		return this.server.simulator();
	}

	/** What the application was given as {@code webex.api-base-url}, e.g. {@code http://127.0.0.1:43123/v1}. */
	public URI apiBaseUrl() {
		return this.server.apiBaseUrl();
	}

	/** The test integration's client id, as the application was given it in {@code webex.client-id}. */
	public String clientId() {
		return this.clientId;
	}

	/** The seeded people (Alex Rivera, Sam Patel, Jordan Lee), then any generated ones. */
	public List<SimulatedPerson> people() {
		return simulator().users();
	}

	/**
	 * {@code person(0)} is Alex Rivera (300 generated spaces), {@code 1} Sam Patel (40), both also in the shared demo
	 * space ({@link WebexSimulator#demoSpaceId()}); {@code 2} is Jordan Lee (none).
	 */
	public SimulatedPerson person(int index) {
		return people().get(index);
	}

	/**
	 * From now on the simulated Webex consents by itself as {@code person}, with no consent page: a real browser
	 * that starts a grant comes straight back to the application, signed in as them. For browser tests.
	 */
	public void consentAs(SimulatedPerson person) {
		simulator().behavior().setAutoConsent(known(person).id());
	}

	/** Shows the consent page again (the default). */
	public void showConsentPage() {
		simulator().behavior().clearAutoConsent();
	}

	/**
	 * Signs {@code person} in through MockMvc: starts the grant at {@code /oauth2/authorization/<registrationId>},
	 * consents at the simulated Webex over real HTTP, brings the code back to the callback through MockMvc in the same
	 * session, and checks that the application accepted it.
	 * @return what to send with each later request: {@code mvc.perform(get("/spaces").with(signIn))}
	 * @throws AssertionError when the application did not accept the sign-in, saying why as far as can be seen
	 */
	public MockMvcSignIn signIn(MockMvc mvc, SimulatedPerson person) {
		MockMvcApp app = new MockMvcApp(mvc);
		this.flow.signIn(app, URI.create(this.integration.grantPath()), known(person));
		return new MockMvcSignIn(person, app.session(), app.cookies());
	}

	/**
	 * Signs {@code person} in to the application's running server ({@code webEnvironment = RANDOM_PORT} or
	 * {@code DEFINED_PORT}) over real HTTP, as {@link #signIn(URI, SimulatedPerson)} on
	 * {@code http://localhost:<local.server.port><server.servlet.context-path>}.
	 */
	public HttpSignIn signIn(SimulatedPerson person) {
		String port = this.environment.getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("No server runs in this test (local.server.port is unset): use "
					+ "@SpringBootTest(webEnvironment = RANDOM_PORT), signIn(URI, person), or signIn(MockMvc, person)");
		}
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		return signIn(URI.create("http://localhost:" + port + contextPath), person);
	}

	/**
	 * Signs {@code person} in to the application at {@code origin} (its context path included) over real HTTP, as
	 * their browser would, and checks that the application accepted the sign-in.
	 * @return the session cookie to send, and clients that send it
	 * @throws AssertionError when the application did not accept the sign-in, saying why as far as can be seen
	 */
	public HttpSignIn signIn(URI origin, SimulatedPerson person) {
		String base = origin.toString().endsWith("/") ? origin.toString().substring(0, origin.toString().length() - 1)
				: origin.toString();
		HttpApp app = new HttpApp();
		URI callback = this.flow.signIn(app, URI.create(base + this.integration.grantPath()), known(person));
		String cookie = app.cookieHeader(callback);
		if (cookie.isEmpty()) {
			throw new AssertionError("The application accepted the sign-in but set no cookie for " + callback);
		}
		return new HttpSignIn(person, URI.create(base), cookie);
	}

	private SimulatedPerson known(SimulatedPerson person) {
		Objects.requireNonNull(person, "person");
		if (simulator().users().stream().noneMatch((known) -> known.id().equals(person.id()))) {
			throw new IllegalArgumentException(person.displayName() + " is not one of this simulator's people");
		}
		return person;
	}

	@Override
	public String toString() {
		return "SimulatedWebex[" + apiBaseUrl() + ", client " + this.clientId + "]";
	}

}
