package io.webexkit.simulator.test;

import java.net.URI;
import java.util.function.Consumer;

import io.webexkit.simulator.SimulatedPerson;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A simulated person signed in to the running application over real HTTP: what a client must send to act as them.
 *
 * @param person who signed in
 * @param origin the application's origin (with its context path) the sign-in went through
 * @param cookie the {@code Cookie} request header value carrying their session, e.g. {@code SESSION=...}
 */
public record HttpSignIn(SimulatedPerson person, URI origin, String cookie) {

	/** For {@code RestTestClient}, {@code WebTestClient} and {@code RestClient}: {@code .headers(signIn.headers())}. */
	public Consumer<HttpHeaders> headers() {
		return (headers) -> headers.add(HttpHeaders.COOKIE, this.cookie);
	}

	/** A client of the application (relative URIs resolve against {@link #origin()}) that sends the session. */
	public RestTestClient restTestClient() {
		return RestTestClient.bindToServer()
			.baseUrl(this.origin.toString())
			.defaultHeader(HttpHeaders.COOKIE, this.cookie)
			.build();
	}

	/** Without the cookie, which is a session credential. */
	@Override
	public String toString() {
		return "HttpSignIn[person=" + this.person.displayName() + ", origin=" + this.origin + "]";
	}

}
