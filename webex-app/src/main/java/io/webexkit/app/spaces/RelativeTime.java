package io.webexkit.app.spaces;

import java.time.Duration;
import java.time.Instant;

/** "just now", "5 minutes ago", "3 days ago": how long ago something happened, in words. */
final class RelativeTime {

	private RelativeTime() {
	}

	static String between(Instant then, Instant now) {
		Duration ago = Duration.between(then, now);
		if (ago.isNegative() || ago.toSeconds() < 45) {
			return "just now";
		}
		if (ago.toMinutes() < 60) {
			return plural(Math.max(1, ago.toMinutes()), "minute");
		}
		if (ago.toHours() < 24) {
			return plural(ago.toHours(), "hour");
		}
		if (ago.toDays() < 30) {
			return plural(ago.toDays(), "day");
		}
		if (ago.toDays() < 365) {
			return plural(ago.toDays() / 30, "month");
		}
		return plural(ago.toDays() / 365, "year");
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s") + " ago";
	}

}
