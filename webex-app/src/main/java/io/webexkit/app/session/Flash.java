package io.webexkit.app.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A short message for the very next page, carried by the browser in a sealed cookie (there is no server session):
 * Webex's {@code error_description} on its way to the failure page, never in a URL. Read once.
 */
public final class Flash {

	/** What its sealed values are for (see {@link SealedValues}). */
	static final String PURPOSE = "flash";

	private static final Duration LIFETIME = Duration.ofMinutes(1);

	private final SealedValues sealed;

	private final Cookies cookies;

	Flash(SealedValues sealed, Cookies cookies) {
		this.sealed = sealed;
		this.cookies = cookies;
	}

	public void put(HttpServletRequest request, HttpServletResponse response, String message) {
		this.cookies.write(request, response, Cookies.FLASH, this.sealed.seal(message.getBytes(StandardCharsets.UTF_8)),
				LIFETIME);
	}

	/** The message, if there is one; it is gone afterwards. */
	public Optional<String> take(HttpServletRequest request, HttpServletResponse response) {
		List<String> values = this.cookies.all(request, Cookies.FLASH);
		if (values.isEmpty()) {
			return Optional.empty();
		}
		this.cookies.delete(request, response, Cookies.FLASH);
		return values.stream()
			.flatMap((value) -> this.sealed.open(value, LIFETIME).stream())
			.findFirst()
			.map((bytes) -> new String(bytes, StandardCharsets.UTF_8));
	}

}
