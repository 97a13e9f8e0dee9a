package io.webexkit.client;

import java.net.http.HttpRequest;

/**
 * What a call sends: a content type and a new publisher for each attempt. A body that cannot be produced twice (a
 * caller's stream) is not repeatable, and the engine then never sends the call a second time.
 */
interface RequestBody {

	String contentType();

	/** The bytes of one attempt; called once per attempt. */
	HttpRequest.BodyPublisher publisher();

	boolean repeatable();

	static RequestBody json(byte[] bytes) {
		return new RequestBody() {
			@Override
			public String contentType() {
				return "application/json";
			}

			@Override
			public HttpRequest.BodyPublisher publisher() {
				return HttpRequest.BodyPublishers.ofByteArray(bytes);
			}

			@Override
			public boolean repeatable() {
				return true;
			}
		};
	}

}
