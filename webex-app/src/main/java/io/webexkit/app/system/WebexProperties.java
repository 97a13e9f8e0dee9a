package io.webexkit.app.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The integration's configuration, bound from {@code WEBEX_*} environment variables. Whether Webex is real or simulated
 * is {@link WebexModeDecision}'s to decide.
 *
 * @param clientId {@code WEBEX_CLIENT_ID}
 * @param clientSecret {@code WEBEX_CLIENT_SECRET}
 * @param redirectUri {@code WEBEX_REDIRECT_URI}; in simulator mode defaults to this server's {@code /oauth}
 * @param scopes {@code WEBEX_SCOPES}, space-separated
 * @param apiBaseUrl {@code WEBEX_API_BASE_URL}
 * @param authorizeUrl {@code WEBEX_AUTHORIZE_URL}, derived from the base URL when unset
 * @param tokenUrl {@code WEBEX_TOKEN_URL}, derived from the base URL when unset
 * @param dataDir {@code WEBEX_DATA_DIR}: embedded database and generated key
 * @param tokenKey {@code WEBEX_TOKEN_KEY}: base64 AES key(s), newest first, comma-separated
 * @param refreshMargin how long before expiry an access token is refreshed proactively
 * @param connectTimeout connect timeout for calls to Webex
 * @param readTimeout read timeout for calls to Webex
 * @param refreshConcurrency {@code WEBEX_REFRESH_CONCURRENCY}: how many refreshes this instance sends to Webex at once,
 * page views and the background job together (more wait their turn)
 * @param tokenKeyFile {@code WEBEX_TOKEN_KEY_FILE}: a file holding the key ring, instead of {@code WEBEX_TOKEN_KEY}
 * @param grantIdleDays {@code WEBEX_GRANT_IDLE_DAYS}: a grant nobody has used for this many days is no longer kept
 * alive in the background; it lapses with its refresh token and is then removed
 */
@ConfigurationProperties("webex")
public record WebexProperties(@Nullable String clientId, @Nullable String clientSecret, @Nullable URI redirectUri,
		@DefaultValue(DEFAULT_SCOPES) String scopes, @DefaultValue(DEFAULT_API) URI apiBaseUrl,
		@Nullable URI authorizeUrl, @Nullable URI tokenUrl, @DefaultValue("./data") Path dataDir,
		@Nullable String tokenKey, @DefaultValue("5m") Duration refreshMargin,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
		@DefaultValue("8") int refreshConcurrency, @Nullable Path tokenKeyFile,
		@DefaultValue("60") int grantIdleDays) {

	/** What the app's pages need, and no more: profile, spaces, messages (read and post) and members. */
	public static final String DEFAULT_SCOPES = "spark:people_read spark:rooms_read spark:messages_read "
			+ "spark:messages_write spark:memberships_read";

	static final String DEFAULT_API = "https://webexapis.com/v1";

	public WebexProperties {
		if (StringUtils.hasText(clientId) && !StringUtils.hasText(clientSecret)) {
			throw new IllegalArgumentException(
					"WEBEX_CLIENT_SECRET must be set when WEBEX_CLIENT_ID is set (the secret is shown once "
							+ "on developer.webex.com when the integration is created; regenerate it there if lost)");
		}
		if (!StringUtils.hasText(clientId) && StringUtils.hasText(clientSecret)) {
			throw new IllegalArgumentException("WEBEX_CLIENT_SECRET is set but WEBEX_CLIENT_ID is not; "
					+ "set both to use real Webex, or neither for simulator mode");
		}
		if (scopeSet(scopes).isEmpty()) {
			throw new IllegalArgumentException("WEBEX_SCOPES must name at least one scope");
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
			throw new IllegalArgumentException("webex.refresh-concurrency must be between 1 and 64");
		}
		if (grantIdleDays < 1 || grantIdleDays > 3650) {
			throw new IllegalArgumentException("WEBEX_GRANT_IDLE_DAYS must be between 1 and 3650, got " + grantIdleDays);
		}
		if (refreshMargin.isNegative()) {
			throw new IllegalArgumentException("webex.refresh-margin must not be negative");
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
