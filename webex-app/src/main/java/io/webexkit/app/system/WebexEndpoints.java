package io.webexkit.app.system;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Where Webex is. Against real Webex everything comes from configuration; in simulator mode the simulator is served
 * by this very server, so its URLs are only known once the server has its port.
 */
@Component
public class WebexEndpoints implements ApplicationListener<WebServerInitializedEvent>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(WebexEndpoints.class);

	private final WebexProperties properties;

	private final WebexMode mode;

	private final AtomicReference<@Nullable URI> localOrigin = new AtomicReference<>();

	WebexEndpoints(WebexProperties properties, WebexMode mode) {
		this.properties = properties;
		this.mode = mode;
		URI redirect = properties.redirectUri();
		if (redirect != null && "http".equalsIgnoreCase(redirect.getScheme())
				&& !LoopbackHosts.isLoopback(redirect.getHost())) {
			// allowed: it is this app's own address, which may sit behind a proxy the app cannot see
			log.warn("WEBEX_REDIRECT_URI {} uses http:// on another machine: Webex sends each authorization code "
					+ "there in clear. Serve the app over https:// (for example behind a TLS-terminating proxy) and "
					+ "register the https:// redirect URI", redirect);
		}
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.localOrigin.compareAndSet(null, URI.create("http://localhost:" + event.getWebServer().getPort()));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE; // before anything that asks for the simulator's address
	}

	public WebexMode mode() {
		return this.mode;
	}

	public boolean simulated() {
		return this.mode.simulated();
	}

	/** The REST API base, e.g. {@code https://webexapis.com/v1}, without a trailing slash. */
	public URI apiBaseUrl() {
		if (simulated() && !overridden(this.properties.apiBaseUrl())) {
			return origin().resolve("/v1");
		}
		return stripSlash(this.properties.apiBaseUrl());
	}

	public URI authorizeUrl() {
		URI configured = this.properties.authorizeUrl();
		return (configured != null) ? configured : URI.create(apiBaseUrl() + "/authorize");
	}

	public URI tokenUrl() {
		URI configured = this.properties.tokenUrl();
		return (configured != null) ? configured : URI.create(apiBaseUrl() + "/access_token");
	}

	/**
	 * Exactly the redirect URI registered on the integration; never derived from a request. Unset, it is this server's
	 * own {@code http://localhost:<port>/oauth} on the port it listens on (a random one in tests), and before the
	 * server has started, or without one, {@code http://localhost:10060/oauth}.
	 */
	public URI redirectUri() {
		URI configured = this.properties.redirectUri();
		if (configured != null) {
			return configured;
		}
		if (!simulated() && this.localOrigin.get() == null) {
			return URI.create("http://localhost:10060/oauth");
		}
		return origin().resolve("/oauth");
	}

	private URI origin() {
		URI origin = this.localOrigin.get();
		if (origin == null) {
			throw new IllegalStateException("The simulator's address is known once the web server has started");
		}
		return origin;
	}

	private static boolean overridden(URI apiBaseUrl) {
		return !stripSlash(apiBaseUrl).toString().equals(WebexProperties.DEFAULT_API);
	}

	private static URI stripSlash(URI uri) {
		String s = uri.toString();
		return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
	}

}
