package io.webexkit.app.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * The grant being started (its {@code state}, PKCE verifier and the rest of the authorization request) waits in a
 * short-lived sealed cookie instead of a server session, so the callback can land on any instance. One grant at a
 * time per browser, as with a session: a second GRANT replaces the first. The callback takes it out (a replayed
 * callback finds none), and only when its {@code state} matches.
 */
class CookieAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	/** Long enough to sign in at Webex and accept; a pending grant older than this is forgotten. */
	static final Duration LIFETIME = Duration.ofMinutes(10);

	/** What its sealed values are for (see {@link SealedValues}). */
	static final String PURPOSE = "pending grant";

	private static final int FORMAT = 1;

	private final SealedValues sealed;

	private final Cookies cookies;

	private final DataSource dataSource;

	CookieAuthorizationRequests(SealedValues sealed, Cookies cookies, DataSource dataSource) {
		this.sealed = sealed;
		this.cookies = cookies;
		this.dataSource = dataSource;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		if (state == null) {
			return null;
		}
		for (String value : this.cookies.all(request, Cookies.PENDING_GRANT)) {
			OAuth2AuthorizationRequest pending = this.sealed.open(value, LIFETIME)
				.map(CookieAuthorizationRequests::decode)
				.orElse(null);
			if (pending != null && state.equals(pending.getState())) {
				return pending;
			}
		}
		return null;
	}

	@Override
	public void saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
			HttpServletRequest request, HttpServletResponse response) {
		if (authorizationRequest == null) {
			this.cookies.delete(request, response, Cookies.PENDING_GRANT);
			return;
		}
		requireDatabase();
		this.cookies.write(request, response, Cookies.PENDING_GRANT, this.sealed.seal(encode(authorizationRequest)),
				LIFETIME);
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizationRequest pending = loadAuthorizationRequest(request);
		if (pending != null) {
			this.cookies.delete(request, response, Cookies.PENDING_GRANT);
		}
		return pending;
	}

	/**
	 * The grant will be stored when the user comes back: with the database unreachable, do not send them to Webex at
	 * all (the outage page answers instead).
	 */
	private void requireDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!connection.isValid(2)) {
				throw new DataAccessResourceFailureException("The database does not answer");
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("The database is unreachable", ex);
		}
	}

	private static byte[] encode(OAuth2AuthorizationRequest request) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			out.writeUTF(request.getAuthorizationUri());
			out.writeUTF(request.getClientId());
			out.writeUTF(String.valueOf(request.getRedirectUri()));
			out.writeUTF(String.join(" ", request.getScopes()));
			out.writeUTF(String.valueOf(request.getState()));
			out.writeUTF(request.getAuthorizationRequestUri());
			writeMap(out, request.getAdditionalParameters());
			writeMap(out, request.getAttributes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static @Nullable OAuth2AuthorizationRequest decode(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			if (in.readByte() != FORMAT) {
				return null;
			}
			String authorizationUri = in.readUTF();
			String clientId = in.readUTF();
			String redirectUri = in.readUTF();
			Set<String> scopes = new LinkedHashSet<>(Arrays.asList(in.readUTF().split(" ")));
			String state = in.readUTF();
			String authorizationRequestUri = in.readUTF();
			Map<String, Object> parameters = readMap(in);
			Map<String, Object> attributes = readMap(in);
			return OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri(authorizationUri)
				.clientId(clientId)
				.redirectUri(redirectUri)
				.scopes(scopes)
				.state(state)
				.additionalParameters(parameters)
				.attributes(attributes)
				.authorizationRequestUri(authorizationRequestUri)
				.build();
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** The request's parameters and attributes are strings (PKCE challenge and method, registration id, verifier). */
	private static void writeMap(DataOutputStream out, Map<String, Object> map) throws IOException {
		out.writeShort(map.size());
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			out.writeUTF(entry.getKey());
			out.writeUTF(String.valueOf(entry.getValue()));
		}
	}

	private static Map<String, Object> readMap(DataInputStream in) throws IOException {
		int size = in.readShort();
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			map.put(in.readUTF(), in.readUTF());
		}
		return map;
	}

}
