package io.webexkit.spring;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Where Webex is, and who this app is there: the registration id its grants are stored under, the REST API base, the
 * OAuth endpoints and the redirect URI. Everything comes from {@link WebexProperties}; a redirect URI left unset is
 * this server's own {@code http://localhost:PORT/oauth}, known once the web server has its port (convenient on a
 * developer's machine and in tests, where the port is random). Replace this bean, or subclass it, to serve Webex
 * from somewhere only known at run time (a simulated Webex in the same server, for example).
 */
public class WebexEndpoints implements ApplicationListener<WebServerInitializedEvent>, Ordered {

	/** The registration id grants are stored under unless a subclass says otherwise. */
	public static final String REGISTRATION_ID = "webex";

	/** Where Spring Security starts a grant: {@code /oauth2/authorization/{registrationId}}. */
	public static final String AUTHORIZATION_BASE = "/oauth2/authorization";

	/** The path of the redirect URI when none is configured. */
	public static final String DEFAULT_CALLBACK_PATH = "/oauth";

	private static final Logger log = LoggerFactory.getLogger(WebexEndpoints.class);

	private final WebexProperties properties;

	private final int fallbackPort;

	private final AtomicReference<@Nullable URI> localOrigin = new AtomicReference<>();

	/**
	 * @param fallbackPort the port to assume for a derived redirect URI while no web server runs (for example
	 * under MockMvc): {@code server.port}, or 8080
	 */
	public WebexEndpoints(WebexProperties properties, int fallbackPort) {
		this.properties = properties;
		this.fallbackPort = fallbackPort;
		URI redirect = properties.redirectUri();
		if (redirect != null && "http".equalsIgnoreCase(redirect.getScheme())
				&& !LoopbackHosts.isLoopback(redirect.getHost())) {
			// allowed: it is this app's own address, which may sit behind a proxy the app cannot see
			log.warn("webex.redirect-uri (WEBEX_REDIRECT_URI) {} uses http:// on another machine: Webex sends each "
					+ "authorization code there in clear. Serve the app over https:// (for example behind a "
					+ "TLS-terminating proxy) and register the https:// redirect URI", redirect);
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
		return Ordered.HIGHEST_PRECEDENCE; // before anything that asks for this server's address
	}

	/** The id of the OAuth client registration, and of the grants stored for it. */
	public String registrationId() {
		return REGISTRATION_ID;
	}

	/** The path that starts a grant (where a GRANT button links to). */
	public String grantPath() {
		return AUTHORIZATION_BASE + "/" + registrationId();
	}

	/** The REST API base, e.g. {@code https://webexapis.com/v1}, without a trailing slash. */
	public URI apiBaseUrl() {
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
	 * Exactly the redirect URI registered on the integration; never derived from a request (a forged {@code Host}
	 * header changes nothing). Unset, it is this server's {@code http://localhost:PORT/oauth}.
	 */
	public URI redirectUri() {
		URI configured = this.properties.redirectUri();
		return (configured != null) ? configured : localOrigin().resolve(DEFAULT_CALLBACK_PATH);
	}

	/** The path Webex redirects back to, where the grant completes. */
	public String callbackPath() {
		String path = redirectUri().getRawPath();
		return (path == null || path.isEmpty()) ? "/" : path;
	}

	/**
	 * This server's own origin on the loopback interface, {@code http://localhost:PORT}; before the web server has
	 * started (or without one), the configured port.
	 */
	protected URI localOrigin() {
		URI origin = this.localOrigin.get();
		return (origin != null) ? origin : URI.create("http://localhost:" + this.fallbackPort);
	}

	/** Whether the web server has started and {@link #localOrigin()} is its real address. */
	protected boolean serverStarted() {
		return this.localOrigin.get() != null;
	}

	protected static URI stripSlash(URI uri) {
		String s = uri.toString();
		return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[registrationId=" + registrationId() + ", api=" + apiBaseUrl() + "]";
	}

}
