package io.webexkit.spring;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.Webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Everything the Webex integration is configured with: {@code webex.*} properties, or the {@code WEBEX_*}
 * environment variables of the same names (Spring Boot's relaxed binding: {@code WEBEX_CLIENT_ID} is
 * {@code webex.client-id}).
 *
 * @param clientId The integration's client id, from developer.webex.com (WEBEX_CLIENT_ID).
 * @param clientSecret The integration's client secret; set it from the environment, never in a file that is committed
 * (WEBEX_CLIENT_SECRET).
 * @param redirectUri The redirect URI registered on the integration, for example https://app.example.com/oauth; its
 * path is where the grant completes. Unset, this server's http://localhost:PORT/oauth (WEBEX_REDIRECT_URI).
 * @param scopes The scopes to request, space-separated: only what the app needs (WEBEX_SCOPES).
 * @param apiBaseUrl The Webex REST API base; https only, except on a loopback host (WEBEX_API_BASE_URL).
 * @param authorizeUrl The authorization endpoint; unset, API_BASE_URL/authorize (WEBEX_AUTHORIZE_URL).
 * @param tokenUrl The token endpoint; unset, API_BASE_URL/access_token (WEBEX_TOKEN_URL).
 * @param dataDir Where a generated token key is kept when no key is configured and the database is embedded
 * (WEBEX_DATA_DIR).
 * @param tokenKey The AES key ring that encrypts stored tokens: base64 of 32 random bytes (openssl rand -base64 32),
 * several comma-separated, newest first, to rotate; required with a shared database (WEBEX_TOKEN_KEY).
 * @param refreshMargin How long before an access token expires it is refreshed.
 * @param connectTimeout Connect timeout for calls to Webex.
 * @param readTimeout Read timeout for calls to Webex, until the whole answer is read.
 * @param refreshConcurrency How many token refreshes this instance sends to Webex at once, requests and the
 * background job together; more wait their turn (WEBEX_REFRESH_CONCURRENCY).
 * @param tokenKeyFile A file holding the key ring, one base64 key per line, newest first, instead of token-key
 * (WEBEX_TOKEN_KEY_FILE).
 * @param grantIdleDays A grant nobody has used for this many days is no longer kept alive in the background; it
 * lapses with its refresh token and is then removed (WEBEX_GRANT_IDLE_DAYS).
 * @param refreshLockTimeout How long a refresh waits for its turn and, on PostgreSQL, for another instance's refresh
 * of the same grant, before answering "try again" (WEBEX_REFRESH_LOCK_TIMEOUT).
 * @param refreshSweepInterval How often the background job looks for grants to refresh
 * (WEBEX_REFRESH_SWEEP_INTERVAL).
 * @param webhooks The webhook receiver: off until {@code webex.webhooks.public-url} is set.
 * @param unauthenticatedBodies How request bodies from nobody signed in are read: webhook deliveries, and forms posted
 * to a security chain applying {@code WebexLogin}.
 */
@ConfigurationProperties("webex")
public record WebexProperties(@Nullable String clientId, @Nullable String clientSecret, @Nullable URI redirectUri,
		@DefaultValue(DEFAULT_SCOPES) String scopes, @DefaultValue(DEFAULT_API) URI apiBaseUrl,
		@Nullable URI authorizeUrl, @Nullable URI tokenUrl, @DefaultValue("./data") Path dataDir,
		@Nullable String tokenKey, @DefaultValue("5m") Duration refreshMargin,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
		@DefaultValue("8") int refreshConcurrency, @Nullable Path tokenKeyFile,
		@DefaultValue("60") int grantIdleDays, @DefaultValue("10s") Duration refreshLockTimeout,
		@DefaultValue("60s") Duration refreshSweepInterval, @DefaultValue Webhooks webhooks,
		@DefaultValue UnauthenticatedBodies unauthenticatedBodies) {

	/** Read the profile, spaces, messages and members, and post messages: what the showcase app's pages need. */
	public static final String DEFAULT_SCOPES = "spark:people_read spark:rooms_read spark:messages_read "
			+ "spark:messages_write spark:memberships_read";

	public static final String DEFAULT_API = "https://webexapis.com/v1";

	public WebexProperties {
		if (StringUtils.hasText(clientId) && !StringUtils.hasText(clientSecret)) {
			throw new IllegalArgumentException(
					"webex.client-secret (WEBEX_CLIENT_SECRET) must be set when webex.client-id is (the secret is "
							+ "shown once on developer.webex.com when the integration is created; regenerate it there "
							+ "if lost)");
		}
		if (!StringUtils.hasText(clientId) && StringUtils.hasText(clientSecret)) {
			throw new IllegalArgumentException("webex.client-secret (WEBEX_CLIENT_SECRET) is set but webex.client-id "
					+ "(WEBEX_CLIENT_ID) is not: set both, or neither");
		}
		if (scopeSet(scopes).isEmpty()) {
			throw new IllegalArgumentException("webex.scopes (WEBEX_SCOPES) must name at least one scope");
		}
		requireWebexUrl("WEBEX_API_BASE_URL", apiBaseUrl);
		if (redirectUri != null) {
			requireAbsoluteHttp("WEBEX_REDIRECT_URI", redirectUri);
		}
		if (authorizeUrl != null) {
			requireWebexUrl("WEBEX_AUTHORIZE_URL", authorizeUrl);
		}
		if (tokenUrl != null) {
			requireWebexUrl("WEBEX_TOKEN_URL", tokenUrl);
		}
		if (refreshConcurrency < 1 || refreshConcurrency > 64) {
			throw new IllegalArgumentException("webex.refresh-concurrency (WEBEX_REFRESH_CONCURRENCY) must be between 1 and 64");
		}
		if (grantIdleDays < 1 || grantIdleDays > 3650) {
			throw new IllegalArgumentException("webex.grant-idle-days (WEBEX_GRANT_IDLE_DAYS) must be between 1 and 3650, got " + grantIdleDays);
		}
		if (refreshLockTimeout.isNegative() || refreshLockTimeout.isZero()) {
			throw new IllegalArgumentException("webex.refresh-lock-timeout (WEBEX_REFRESH_LOCK_TIMEOUT) must be positive");
		}
		if (refreshSweepInterval.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException(
					"webex.refresh-sweep-interval (WEBEX_REFRESH_SWEEP_INTERVAL) must be at least 1s");
		}
		if (refreshMargin.isNegative()) {
			throw new IllegalArgumentException("webex.refresh-margin must not be negative");
		}
	}

	/**
	 * Webex webhooks delivered to this app ({@code webex.webhooks.*}).
	 *
	 * @param publicUrl The app's public base URL as Webex reaches it, for example https://app.example.com; webhooks
	 * are registered with their target under it. Unset, webhooks are off: no receiver, nothing registered
	 * (WEBEX_WEBHOOKS_PUBLIC_URL).
	 * @param path The path under which deliveries are received, one sub-path per registration
	 * (WEBEX_WEBHOOKS_PATH).
	 * @param maxBodySize The largest delivery body accepted; larger ones are refused with 413 before they are read
	 * further. Webex's envelopes are 1-2 kB (the message itself is not in them), so 64KB leaves room and keeps what
	 * a sender can make this instance hold small (WEBEX_WEBHOOKS_MAX_BODY_SIZE).
	 * @param subscriptions The webhooks registered for each person who grants access, each
	 * {@code resource:event} or {@code resource:event:filter}, for example {@code messages:created},
	 * {@code attachmentActions:created} (card submissions) or {@code memberships:created:roomId=R1}; registered after the GRANT and kept registered in the background
	 * (WEBEX_WEBHOOKS_SUBSCRIPTIONS, comma separated).
	 * @param reconcileInterval How often one instance checks each connected person's webhooks at Webex: recreates
	 * lost ones, reactivates ones Webex turned off, registers missing ones (WEBEX_WEBHOOKS_RECONCILE_INTERVAL).
	 */
	public record Webhooks(@Nullable URI publicUrl, @DefaultValue("/webex/webhooks") String path,
			@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("messages:created") List<String> subscriptions,
			@DefaultValue("5m") Duration reconcileInterval) {

		public Webhooks {
			if (publicUrl != null) {
				requireAbsoluteHttp("WEBEX_WEBHOOKS_PUBLIC_URL", publicUrl);
			}
			if (!path.startsWith("/") || path.endsWith("/") || path.contains("*")) {
				throw new IllegalArgumentException("webex.webhooks.path (WEBEX_WEBHOOKS_PATH) must start with / and "
						+ "not end with it, got '" + path + "'");
			}
			if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 1) {
				throw new IllegalArgumentException(
						"webex.webhooks.max-body-size (WEBEX_WEBHOOKS_MAX_BODY_SIZE) must be positive and below 2GB");
			}
			if (reconcileInterval.compareTo(Duration.ofSeconds(10)) < 0) {
				throw new IllegalArgumentException(
						"webex.webhooks.reconcile-interval (WEBEX_WEBHOOKS_RECONCILE_INTERVAL) must be at least 10s");
			}
			subscriptions = List.copyOf(subscriptions);
			for (String subscription : subscriptions) {
				WebhookSubscription.parse(subscription);
			}
		}

	}

	/**
	 * Request bodies from nobody signed in ({@code webex.unauthenticated-bodies.*}): each is read whole before it is
	 * used, a bounded number at a time, so that slow senders cannot hold every request thread. Webhook deliveries
	 * have turns of their own, so that forms posted by strangers cannot crowd out Webex.
	 *
	 * @param concurrency How many such bodies are read at once, for webhook deliveries and for forms each; another is
	 * refused at once with 503 and Retry-After, unread (WEBEX_UNAUTHENTICATED_BODIES_CONCURRENCY).
	 * @param deadline How long one such body may take to arrive, whole; a slower one is refused with 408 and its
	 * connection closed. A blocked read can outlast it by up to server.tomcat.connection-timeout
	 * (WEBEX_UNAUTHENTICATED_BODIES_DEADLINE).
	 * @param maxSize The largest such body a security chain applying WebexLogin accepts, refused with 413 beyond
	 * (webhook deliveries have webex.webhooks.max-body-size) (WEBEX_UNAUTHENTICATED_BODIES_MAX_SIZE).
	 */
	public record UnauthenticatedBodies(@DefaultValue("16") int concurrency, @DefaultValue("10s") Duration deadline,
			@DefaultValue("64KB") DataSize maxSize) {

		public UnauthenticatedBodies {
			if (concurrency < 1 || concurrency > 1000) {
				throw new IllegalArgumentException("webex.unauthenticated-bodies.concurrency "
						+ "(WEBEX_UNAUTHENTICATED_BODIES_CONCURRENCY) must be between 1 and 1000, got " + concurrency);
			}
			if (deadline.compareTo(Duration.ofMillis(100)) < 0) {
				throw new IllegalArgumentException("webex.unauthenticated-bodies.deadline "
						+ "(WEBEX_UNAUTHENTICATED_BODIES_DEADLINE) must be at least 100ms, got " + deadline);
			}
			if (maxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE - 1) {
				throw new IllegalArgumentException("webex.unauthenticated-bodies.max-size "
						+ "(WEBEX_UNAUTHENTICATED_BODIES_MAX_SIZE) must be positive and below 2GB");
			}
		}

	}

	public Set<String> scopeSet() {
		return scopeSet(this.scopes);
	}

	private static Set<String> scopeSet(@Nullable String scopes) {
		if (scopes == null) {
			return Set.of();
		}
		Set<String> set = new LinkedHashSet<>();
		Arrays.stream(scopes.trim().split("[\\s,]+")).filter(StringUtils::hasText).forEach(set::add);
		return Collections.unmodifiableSet(set);
	}

	/**
	 * Webex's endpoints carry the client secret, codes and tokens: https only, except on this machine (a local
	 * simulated Webex, or a stand-in in tests).
	 */
	private static void requireWebexUrl(String variable, URI uri) {
		requireAbsoluteHttp(variable, uri);
		if ("http".equalsIgnoreCase(uri.getScheme()) && !LoopbackHosts.isLoopback(uri.getHost())) {
			throw new StartupRefusedException(variable + " is " + uri + ": over http:// the client secret, "
					+ "authorization codes and tokens would cross the network in clear.",
					"Use https:// for " + variable + " (plain http:// is accepted on localhost, 127.0.0.0/8 and "
							+ "[::1] only).");
		}
	}

	private static void requireAbsoluteHttp(String variable, URI uri) {
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || uri.getHost() == null
				|| !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException(variable + " must be an absolute http(s) URL, got '" + uri + "'");
		}
	}

}
