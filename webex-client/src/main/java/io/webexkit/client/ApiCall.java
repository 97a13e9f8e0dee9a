package io.webexkit.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One logical call: what to send, which resource it must stay under, and which scope it needs
 * (named in the error when Webex answers 403).
 */
record ApiCall(HttpMethod method, URI uri, byte @Nullable [] body, String resourcePath, String scope) {

	static ApiCall get(URI uri, String resourcePath, String scope) {
		return new ApiCall(HttpMethod.GET, uri, null, resourcePath, scope);
	}

	static ApiCall post(URI uri, byte[] body, String resourcePath, String scope) {
		return new ApiCall(HttpMethod.POST, uri, body, resourcePath, scope);
	}

	/** Only idempotent calls are retried after 5xx or I/O errors; a 429 is retried for all. */
	boolean idempotent() {
		return this.method == HttpMethod.GET;
	}

	/** Method and path, never the query: queries can hold e-mail addresses. */
	String describe() {
		return this.method.name() + " " + this.uri.getRawPath();
	}

}
