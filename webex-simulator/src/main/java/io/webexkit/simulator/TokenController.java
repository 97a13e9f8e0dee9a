package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriUtils;

import io.webexkit.simulator.ClientRegistry.RegisteredClient;
import io.webexkit.simulator.TokenRequestRecord.ClientAuthentication;

/** {@code POST /v1/access_token}: client authentication, then the code or refresh grant. */
@Controller
class TokenController {

	private static final Logger logger = LoggerFactory.getLogger(TokenController.class);

	private final WebexSimulator simulator;

	TokenController(WebexSimulator simulator) {
		this.simulator = simulator;
	}

	@PostMapping("/v1/access_token")
	ResponseEntity<byte[]> token(HttpServletRequest request) {
		this.simulator.tokenRequestStarted();
		try {
			return answer(request);
		}
		finally {
			this.simulator.tokenRequestFinished();
		}
	}

	private ResponseEntity<byte[]> answer(HttpServletRequest request) {
		String trackingId = SimulatedFailures.trackingId(request);
		String grantType = request.getParameter("grant_type");
		this.simulator.countTokenRequest(grantType);
		SimulatedFailures.sleep(this.simulator.behavior().tokenEndpointLatency());
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String bodyClientId = request.getParameter("client_id");
		String bodySecret = request.getParameter("client_secret");
		ClientAuthentication method = method(authorization, bodySecret);
		// the id presented, even when the request fails: who asked is what a failing caller's test needs to know
		String clientId = (bodyClientId != null) ? bodyClientId : basicClientId(authorization, method);
		OptionalInt failure = this.simulator.behavior().takeTokenFailure();
		if (failure.isPresent()) {
			record(grantType, method, clientId, failure.getAsInt(), "simulated_failure");
			return SimulatedFailures.respond(failure.getAsInt(), this.simulator.behavior().retryAfter(), trackingId);
		}
		try {
			RegisteredClient client = authenticate(request, method, authorization, bodyClientId, bodySecret);
			clientId = client.clientId();
			TokenGrant grant = grant(request, grantType, client);
			record(grantType, method, clientId, 200, "ok");
			logger.info("Simulated Webex: {} grant for client {} issued access token {}", grantType, clientId,
					Secrets.fingerprint(grant.accessToken()));
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.PRAGMA, "no-cache")
				.header(SimulatedFailures.TRACKING_HEADER, trackingId)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Json.write(body(grant)));
		}
		catch (OAuthException ex) {
			record(grantType, method, clientId, ex.status(), ex.error());
			logger.info("Simulated Webex: token request from client {} refused: {} ({})", clientId, ex.error(),
					ex.getMessage());
			ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status())
				.cacheControl(CacheControl.noStore())
				.header(SimulatedFailures.TRACKING_HEADER, trackingId)
				.contentType(MediaType.APPLICATION_JSON);
			if (ex.status() == 401 && method == ClientAuthentication.CLIENT_SECRET_BASIC) {
				response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"webex\"");
			}
			return response.body(Json.write(Json.oauthError(ex.error(), ex.getMessage(), trackingId)));
		}
	}

	private TokenGrant grant(HttpServletRequest request, @Nullable String grantType, RegisteredClient client) {
		if (grantType == null) {
			throw OAuthException.invalidRequest("grant_type is required");
		}
		SimulatorBehavior behavior = this.simulator.behavior();
		return switch (grantType) {
			case "authorization_code" -> this.simulator.grants()
				.redeemCode(client.clientId(), required(request, "code"), request.getParameter("redirect_uri"),
						request.getParameter("code_verifier"), behavior);
			case "refresh_token" -> this.simulator.grants()
				.refresh(client.clientId(), required(request, "refresh_token"), behavior);
			default -> throw new OAuthException(400, "unsupported_grant_type",
					"grant_type must be authorization_code or refresh_token");
		};
	}

	private Map<String, Object> body(TokenGrant grant) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", grant.accessToken());
		body.put("expires_in", grant.expiresIn());
		if (grant.refreshToken() != null) {
			body.put("refresh_token", grant.refreshToken());
			body.put("refresh_token_expires_in", grant.refreshExpiresIn());
		}
		if (!this.simulator.behavior().omitTokenType()) {
			body.put("token_type", "Bearer");
			body.put("scope", String.join(" ", grant.scopes()));
		}
		return body;
	}

	private RegisteredClient authenticate(HttpServletRequest request, ClientAuthentication method,
			@Nullable String authorization, @Nullable String bodyClientId, @Nullable String bodySecret) {
		if (!MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))) {
			throw OAuthException.invalidRequest("The request must be application/x-www-form-urlencoded");
		}
		for (String name : new String[] { "grant_type", "code", "redirect_uri", "code_verifier", "refresh_token",
				"client_id", "client_secret" }) {
			String[] values = request.getParameterValues(name);
			if (values != null && values.length > 1) {
				throw OAuthException.invalidRequest(name + " must not be repeated");
			}
		}
		Optional<RegisteredClient> client = switch (method) {
			case MULTIPLE -> throw OAuthException.invalidRequest("Use one client authentication method, not two");
			case NONE -> Optional.empty();
			case CLIENT_SECRET_POST -> (bodyClientId != null)
					? this.simulator.clients().authenticate(bodyClientId, bodySecret) : Optional.empty();
			case CLIENT_SECRET_BASIC -> basic(authorization);
		};
		if (client.isEmpty() || (bodyClientId != null && !bodyClientId.equals(client.get().clientId()))) {
			throw new OAuthException(401, "invalid_client", "Client authentication failed");
		}
		return client.get();
	}

	/** RFC 6749 form-encodes id and secret inside Basic; accept both that and the raw values. */
	private Optional<RegisteredClient> basic(@Nullable String authorization) {
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return Optional.empty();
			}
			String id = decoded.substring(0, colon);
			String secret = decoded.substring(colon + 1);
			return this.simulator.clients()
				.authenticate(id, secret)
				.or(() -> this.simulator.clients()
					.authenticate(UriUtils.decode(id, StandardCharsets.UTF_8),
							UriUtils.decode(secret, StandardCharsets.UTF_8)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The client id in a Basic header (form-decoded, as RFC 6749 encodes it), or null. */
	private static @Nullable String basicClientId(@Nullable String authorization, ClientAuthentication method) {
		if (method != ClientAuthentication.CLIENT_SECRET_BASIC || authorization == null) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? UriUtils.decode(decoded.substring(0, colon), StandardCharsets.UTF_8) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static ClientAuthentication method(@Nullable String authorization, @Nullable String bodySecret) {
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		if (basic && bodySecret != null) {
			return ClientAuthentication.MULTIPLE;
		}
		if (basic) {
			return ClientAuthentication.CLIENT_SECRET_BASIC;
		}
		return (bodySecret != null) ? ClientAuthentication.CLIENT_SECRET_POST : ClientAuthentication.NONE;
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType())
					: MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	private static String required(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null || value.isEmpty()) {
			throw OAuthException.invalidRequest(name + " is required");
		}
		return value;
	}

	private void record(@Nullable String grantType, ClientAuthentication method, @Nullable String clientId,
			int status, String outcome) {
		this.simulator.recordTokenRequest(
				new TokenRequestRecord(this.simulator.now(), grantType, method, clientId, status, outcome));
	}

}
