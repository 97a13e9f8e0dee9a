package io.webexkit.client;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * One logical call: what to send, which resource it must stay under, and which scope it needs
 * (named in the error when Webex answers 403).
 *
 * @param method {@code GET}, {@code HEAD}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param scope the scope Webex documents for the call, or null when it documents none
 * @param transfer whether it moves a file: the file transfer timeout bounds each attempt instead of the read timeout
 */
record ApiCall(String method, URI uri, @Nullable RequestBody body, String resourcePath, @Nullable String scope,
		boolean transfer, @Nullable Duration scanTimeout) {

	ApiCall(String method, URI uri, @Nullable RequestBody body, String resourcePath, @Nullable String scope,
			boolean transfer) {
		this(method, uri, body, resourcePath, scope, transfer, null);
	}

	/** The same call, waiting at most {@code timeout} for Webex's malware scan instead of the client's setting. */
	ApiCall withScanTimeout(@Nullable Duration timeout) {
		return new ApiCall(this.method, this.uri, this.body, this.resourcePath, this.scope, this.transfer, timeout);
	}

	static ApiCall get(URI uri, String resourcePath, @Nullable String scope) {
		return new ApiCall("GET", uri, null, resourcePath, scope, false);
	}

	static ApiCall post(URI uri, byte[] body, String resourcePath, @Nullable String scope) {
		return new ApiCall("POST", uri, RequestBody.json(body), resourcePath, scope, false);
	}

	static ApiCall put(URI uri, byte[] body, String resourcePath, @Nullable String scope) {
		return new ApiCall("PUT", uri, RequestBody.json(body), resourcePath, scope, false);
	}

	static ApiCall delete(URI uri, String resourcePath, @Nullable String scope) {
		return new ApiCall("DELETE", uri, null, resourcePath, scope, false);
	}

	/** A file sent with a POST, such as a message with an uploaded file. */
	static ApiCall upload(URI uri, RequestBody body, String resourcePath, @Nullable String scope) {
		return new ApiCall("POST", uri, body, resourcePath, scope, true);
	}

	/** A file read with {@code GET}, or its headers with {@code HEAD}. */
	static ApiCall download(String method, URI uri, String resourcePath, @Nullable String scope) {
		return new ApiCall(method, uri, null, resourcePath, scope, !"HEAD".equals(method));
	}

	/**
	 * Only idempotent calls are retried after 5xx or I/O errors (a 429 is retried for all): GET, HEAD, PUT (it
	 * replaces the whole resource) and DELETE; never POST.
	 */
	boolean idempotent() {
		return !"POST".equals(this.method);
	}

	/** Whether its body (if any) can be sent again. */
	boolean repeatable() {
		return this.body == null || this.body.repeatable();
	}

	/** A file's contents come in any type; everything else in JSON. */
	String accept() {
		return Contents.PATH.equals(this.resourcePath) ? "*/*" : "application/json";
	}

	/** Method and path, never the query: queries can hold e-mail addresses. */
	String describe() {
		return this.method + " " + this.uri.getRawPath();
	}

}
