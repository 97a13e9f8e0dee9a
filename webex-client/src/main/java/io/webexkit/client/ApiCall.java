package io.webexkit.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * One logical call: what to send, which resource it must stay under, and which scope it needs
 * (named in the error when Webex answers 403).
 *
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param scope the scope Webex documents for the call, or null when it documents none
 */
record ApiCall(String method, URI uri, byte @Nullable [] body, String resourcePath, @Nullable String scope) {

	static ApiCall get(URI uri, String resourcePath, @Nullable String scope) {
		return new ApiCall("GET", uri, null, resourcePath, scope);
	}

	static ApiCall post(URI uri, byte[] body, String resourcePath, @Nullable String scope) {
		return new ApiCall("POST", uri, body, resourcePath, scope);
	}

	static ApiCall put(URI uri, byte[] body, String resourcePath, @Nullable String scope) {
		return new ApiCall("PUT", uri, body, resourcePath, scope);
	}

	static ApiCall delete(URI uri, String resourcePath, @Nullable String scope) {
		return new ApiCall("DELETE", uri, null, resourcePath, scope);
	}

	/**
	 * Only idempotent calls are retried after 5xx or I/O errors (a 429 is retried for all): GET, PUT (it replaces
	 * the whole resource) and DELETE; never POST.
	 */
	boolean idempotent() {
		return !"POST".equals(this.method);
	}

	/** Method and path, never the query: queries can hold e-mail addresses. */
	String describe() {
		return this.method + " " + this.uri.getRawPath();
	}

}
