package io.webexkit.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code rel="next"} link of a page and repairs known Webex defects: a {@code max=null}
 * parameter and filter parameters dropped from the next URL. Anything else is kept verbatim, the
 * URL being opaque.
 */
final class NextLink {

	private NextLink() {
	}

	/**
	 * @param linkHeaders the response's {@code Link} header values
	 * @param requested the URL of the page just read (its query holds the caller's parameters)
	 * @param filters names of parameters that must survive from page to page ({@code max} always does)
	 */
	static Optional<URI> from(List<String> linkHeaders, URI requested, Set<String> filters) {
		return LinkHeader.find(linkHeaders, "next").flatMap((target) -> {
			try {
				return Optional.of(repair(requested.resolve(target.trim()), requested, filters));
			}
			catch (IllegalArgumentException ex) {
				// An unparseable next link ends the listing rather than failing the page read.
				return Optional.empty();
			}
		});
	}

	static URI repair(URI next, URI requested, Set<String> filters) {
		Map<String, String> asked = parameters(requested.getRawQuery());
		List<String> repaired = new ArrayList<>();
		Map<String, String> present = new LinkedHashMap<>();
		for (String pair : split(next.getRawQuery())) {
			String name = name(pair);
			String value = pair.substring(Math.min(pair.length(), name.length() + 1));
			if (name.equals("max") && !isPositiveNumber(value)) {
				String callerMax = asked.get("max");
				if (callerMax == null || !isPositiveNumber(callerMax)) {
					continue;
				}
				pair = "max=" + callerMax;
			}
			present.put(name, value);
			repaired.add(pair);
		}
		// In the order the caller asked, so the repaired URL is deterministic.
		asked.forEach((name, value) -> {
			if ((filters.contains(name) || name.equals("max")) && !present.containsKey(name)) {
				repaired.add(name + "=" + value);
			}
		});
		String query = repaired.isEmpty() ? "" : "?" + String.join("&", repaired);
		return URI.create(next.getScheme() + "://" + next.getRawAuthority() + next.getRawPath() + query);
	}

	private static Map<String, String> parameters(@Nullable String rawQuery) {
		Map<String, String> result = new LinkedHashMap<>();
		for (String pair : split(rawQuery)) {
			String name = name(pair);
			result.putIfAbsent(name, pair.substring(Math.min(pair.length(), name.length() + 1)));
		}
		return result;
	}

	private static List<String> split(@Nullable String rawQuery) {
		List<String> pairs = new ArrayList<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				if (!pair.isEmpty()) {
					pairs.add(pair);
				}
			}
		}
		return pairs;
	}

	private static String name(String pair) {
		int equals = pair.indexOf('=');
		return (equals < 0) ? pair : pair.substring(0, equals);
	}

	private static boolean isPositiveNumber(String value) {
		return !value.isEmpty() && value.length() <= 6 && value.chars().allMatch(Character::isDigit)
				&& Integer.parseInt(value) > 0;
	}

}
