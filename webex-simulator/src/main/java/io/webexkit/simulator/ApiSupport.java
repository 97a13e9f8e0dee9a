package io.webexkit.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The gate every REST call passes: counting, latency, forced failures, bearer token, scope and rate limit. Every
 * answer carries a {@code TrackingID} header and errors carry it in the body.
 */
final class ApiSupport {

	/** For {@link #call}: any valid access token will do, whatever its scopes. */
	static final List<String> ANY_SCOPE = List.of();

	private final WebexSimulator simulator;

	ApiSupport(WebexSimulator simulator) {
		this.simulator = simulator;
	}

	/** Runs {@code action} for the caller if the token carries one of {@code scopes} (or {@link #ANY_SCOPE}). */
	@SuppressWarnings("unchecked")
	ResponseEntity<byte[]> call(HttpServletRequest request, List<String> scopes, Function<Caller, Object> action) {
		// every answer run builds has a byte[] body, unless the action returns its own entity, which call's do not
		return (ResponseEntity<byte[]>) run(request, scopes, (caller) -> {
			Object result = action.apply(caller);
			if (result instanceof ResponseEntity<?>) {
				throw new IllegalStateException("call's actions answer JSON: use stream for a body of its own");
			}
			return result;
		});
	}

	/**
	 * As {@link #call}, for an action that answers with an entity of its own (a file's bytes, say), which must carry
	 * the caller's {@code TrackingID}; errors are Webex's JSON as usual.
	 */
	ResponseEntity<?> stream(HttpServletRequest request, List<String> scopes,
			Function<Caller, ResponseEntity<?>> action) {
		return run(request, scopes, action::apply);
	}

	private ResponseEntity<?> run(HttpServletRequest request, List<String> scopes, Function<Caller, Object> action) {
		String trackingId = SimulatedFailures.trackingId(request);
		this.simulator.countApiRequest();
		SimulatorBehavior behavior = this.simulator.behavior();
		SimulatedFailures.sleep(behavior.apiLatency());
		OptionalInt failure = behavior.takeApiFailure();
		if (failure.isPresent()) {
			return SimulatedFailures.respond(failure.getAsInt(), behavior.retryAfter(), trackingId);
		}
		try {
			Caller caller = authenticate(request, trackingId);
			if (!scopes.isEmpty() && scopes.stream().noneMatch(caller.scopes()::contains)) {
				throw new ApiException(403, "The access token lacks the required scope: " + String.join(" or ", scopes));
			}
			if (behavior.rateLimitThisCall()) {
				return ResponseEntity.status(429)
					.header(SimulatedFailures.TRACKING_HEADER, trackingId)
					.header(HttpHeaders.RETRY_AFTER, behavior.retryAfter())
					.contentType(MediaType.APPLICATION_JSON)
					.body(Json.write(Json.error("Too Many Requests. Please retry later.", trackingId)));
			}
			Object result = action.apply(caller);
			if (result instanceof ResponseEntity<?> entity) {
				return entity;
			}
			if (result instanceof Page page) {
				ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
					.header(SimulatedFailures.TRACKING_HEADER, trackingId)
					.contentType(MediaType.APPLICATION_JSON);
				if (page.nextLink() != null) {
					ok.header(HttpHeaders.LINK, page.nextLink());
				}
				return ok.body(Json.write(Map.of("items", page.items())));
			}
			if (result instanceof NoContent) {
				return ResponseEntity.noContent().header(SimulatedFailures.TRACKING_HEADER, trackingId).build();
			}
			return ResponseEntity.ok()
				.header(SimulatedFailures.TRACKING_HEADER, trackingId)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Json.write(result));
		}
		catch (ApiException ex) {
			ResponseEntity.BodyBuilder error = ResponseEntity.status(ex.status())
				.header(SimulatedFailures.TRACKING_HEADER, trackingId)
				.contentType(MediaType.APPLICATION_JSON);
			if (ex.status() == 401) {
				error.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"webex\", error=\"invalid_token\"");
			}
			return error.body(Json.write(Json.error(ex.getMessage(), trackingId)));
		}
	}

	private Caller authenticate(HttpServletRequest request, String trackingId) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		Optional<GrantStore.Access> access = Optional.empty();
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			access = this.simulator.grants().authenticate(authorization.substring(7).trim());
		}
		GrantStore.Access granted = access.orElseThrow(() -> new ApiException(401,
				"The request requires a valid access token set in the Authorization request header."));
		int person = this.simulator.seed().indexOf(granted.personId()).orElseThrow();
		return new Caller(person, this.simulator.seed().person(person), granted.scopes(), granted.clientId(),
				trackingId);
	}

	/** Who is calling, with what scopes, through which integration (none for tokens issued directly). */
	record Caller(int index, SimulatedPerson person, List<String> scopes, @Nullable String clientId,
			String trackingId) {

		/** Throws the 403 the scope gate answers unless the token carries every one of {@code required}. */
		void requireScopes(List<String> required) {
			if (!this.scopes.contains("spark:all") && !this.scopes.containsAll(required)) {
				throw new ApiException(403,
						"The access token lacks the required scope: " + String.join(" and ", required));
			}
		}

	}

	/** What an action returns for a 204 without a body, as a {@code DELETE} answers. */
	record NoContent() {
	}

	/** One page of items and the {@code Link} header value for the next one, if any. */
	record Page(List<?> items, @Nullable String nextLink) {
	}

}
