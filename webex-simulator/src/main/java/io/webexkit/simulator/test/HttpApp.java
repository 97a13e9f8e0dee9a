package io.webexkit.simulator.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The running application over real HTTP, as one browser that keeps cookies and follows no redirect by itself. */
final class HttpApp implements SignInFlow.App {

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Override
	public SignInFlow.Answer get(URI uri) {
		try {
			HttpResponse<Void> response = this.http.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return new SignInFlow.Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The application did not answer GET " + uri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The {@code Cookie} header this browser would send to {@code uri}, or empty. */
	String cookieHeader(URI uri) {
		try {
			List<String> header = this.cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
			return String.join("; ", header);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
