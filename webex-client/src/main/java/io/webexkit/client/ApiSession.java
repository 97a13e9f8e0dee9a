package io.webexkit.client;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The engine bound to one user's tokens; what the resource classes call. */
final class ApiSession {

	private final HttpEngine engine;

	private final @Nullable AccessTokenSupplier tokens;

	ApiSession(HttpEngine engine, @Nullable AccessTokenSupplier tokens) {
		this.engine = engine;
		this.tokens = tokens;
	}

	URI uri(String path, Map<String, ? extends @Nullable Object> parameters) {
		return this.engine.settings().origin().uri(path, parameters);
	}

	<T> T get(URI uri, String resourcePath, @Nullable String scope, Class<T> type) {
		ApiCall call = ApiCall.get(uri, resourcePath, scope);
		RawResponse response = execute(call);
		return Json.read(response, type, response.trackingId());
	}

	<T> Page<T> page(URI uri, String resourcePath, @Nullable String scope, Set<String> filters, Class<T> type) {
		RawResponse response = execute(ApiCall.get(uri, resourcePath, scope));
		return new Page<>(Json.items(response, type, response.trackingId()),
				NextLink.from(response.headers("Link"), uri, filters));
	}

	<T> T post(URI uri, String resourcePath, @Nullable String scope, Object body, Class<T> type) {
		RawResponse response = execute(ApiCall.post(uri, Json.write(body), resourcePath, scope));
		return Json.read(response, type, response.trackingId());
	}

	<T> T put(URI uri, String resourcePath, @Nullable String scope, Object body, Class<T> type) {
		RawResponse response = execute(ApiCall.put(uri, Json.write(body), resourcePath, scope));
		return Json.read(response, type, response.trackingId());
	}

	/** Any successful status will do (Webex answers 204); a body, if any, is ignored. */
	void delete(URI uri, String resourcePath, @Nullable String scope) {
		execute(ApiCall.delete(uri, resourcePath, scope));
	}

	/** A POST whose body is not JSON (a multipart upload); its answer is JSON. */
	<T> T send(ApiCall call, Class<T> type) {
		RawResponse response = execute(call);
		return Json.read(response, type, response.trackingId());
	}

	/** A call whose successful body {@code successBody} takes, such as a file's stream. */
	<T> HttpEngine.Success<T> exchange(ApiCall call, HttpEngine.SuccessBody<T> successBody) {
		return this.engine.execute(call, tokens(), successBody);
	}

	ClientSettings settings() {
		return this.engine.settings();
	}

	private RawResponse execute(ApiCall call) {
		return this.engine.execute(call, tokens());
	}

	private AccessTokenSupplier tokens() {
		if (this.tokens == null) {
			throw new IllegalStateException(
					"No AccessTokenSupplier: configure one on the builder or use withTokenSupplier(...)");
		}
		return this.tokens;
	}

}
