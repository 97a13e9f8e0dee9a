package io.webexkit.app.spaces;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/** Webex room ids as they appear in this app's URLs: opaque base64 strings, checked for shape only. */
final class SpaceIds {

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_=+-]{1,512}");

	private SpaceIds() {
	}

	/** The id, if it looks like a Webex id; otherwise a bad request (never sent to Webex). */
	static String require(String id) {
		if (!SHAPE.matcher(id).matches()) {
			throw new BadRequestException("That is not a Webex space id.");
		}
		return id;
	}

	static String href(String id) {
		return "/spaces/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

}
