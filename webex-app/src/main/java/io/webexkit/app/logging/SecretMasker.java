package io.webexkit.app.logging;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.webexkit.app.session.SealedValues;

/**
 * Masks secrets in text about to be logged: OAuth parameters and webhook secrets ({@code secret},
 * {@code client_secret}, any name ending in {@code secret}) in URLs, form bodies and JSON, {@code Bearer} and
 * {@code Basic} credentials, cookie values, session ids, bodies printed as bytes (hex, as Spring prints a
 * {@code byte[]}), and the exact secrets the app knows (its client secret, token keys, database password). What
 * people wrote is masked too: message {@code text}, {@code markdown} and {@code html}, as JSON members and form
 * fields. Webex tracking ids, other ids and everything else stay readable.
 * <p>
 * Most lines hold nothing to mask, so a single pass over the text first looks for any of the few words that can
 * precede a secret; only then do the patterns run. Text with nothing to mask is returned as is.
 */
public final class SecretMasker {

	/** What a secret is replaced with. */
	public static final String MASK = "******";

	/** The masker used by every log line (Logback creates the converters, so they cannot be given one). */
	public static final SecretMasker SHARED = new SecretMasker();

	/** Shorter known secrets are not masked wherever they appear: they would mask ordinary words. */
	static final int MIN_KNOWN_SECRET_LENGTH = 8;

	private static final String PARAMETER = "code_verifier|code|state|access_token|refresh_token|id_token|\\w*secret"
			+ "|password|_csrf|text|markdown|html";

	/** Shorter runs of hex digits in braces are ids or hashes; longer ones are bytes, which may be anything. */
	static final int MIN_HEX_BYTES = 16;

	private static final Pattern SECRETS = Pattern.compile(String.join("|",
			// code=..., state=[...] in URLs, form bodies and printed maps
			"(?<param>(?<![\\w.-])(?:" + PARAMETER + ")=\\[?[\"']?)[^\\s&\"'\\],;)}<>]+",
			// "access_token":"..." in JSON, to the value's closing quote (a message's text may hold escaped quotes)
			"(?<json>\"(?:" + PARAMETER + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)+",
			// the same as a string inside JSON: \"access_token\":\"...\"
			"(?<nested>\\\\\"(?:" + PARAMETER + ")\\\\\"\\s*:\\s*\\\\\")[^\"\\\\]+",
			// Authorization: Bearer ..., Basic ... (short words after "Basic" are prose, not credentials)
			"(?<scheme>\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/-]{16,}=*",
			// Cookie: a=1; b=2 and Set-Cookie: SESSION=...; Path=/ as headers
			"(?<header>(?<![\\w-])(?<set>set-)?cookie[\"']?\\s*[:=]\\s*[\"']?)(?<cookies>[^\\r\\n\"']+)",
			// the app's cookies and Tomcat's anywhere else: WEBEX_SESSION=..., XSRF-TOKEN=..., JSESSIONID=...
			"(?<session>(?<![\\w-])(?:j?session(?:id)?|webex_\\w+|xsrf-token)=)[^;\\s,\"'\\]]+",
			// sealed values (session, pending grant) wherever they appear, whatever names them (see SealedValues)
			Pattern.quote(SealedValues.PREFIX) + "[A-Za-z0-9_.-]{16,}",
			// a body as Spring prints bytes, {7b22...}, whole or cut short at DEBUG: it may hold anything above
			"(?<bytes>\\{)[0-9a-f]{" + (2 * MIN_HEX_BYTES) + ",}"),
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COOKIE_VALUE = Pattern.compile("(=)[^;,]*");

	private static final String SEALED_PREFIX = SealedValues.PREFIX.toLowerCase(Locale.ROOT);

	private volatile String[] knownSecrets = new String[0];

	/**
	 * Masks {@code secret} wherever it appears from now on; blank or short values are ignored.
	 * @param secret a secret the app holds, as configured
	 */
	public synchronized void addKnownSecret(String secret) {
		String trimmed = secret.strip();
		if (trimmed.length() < MIN_KNOWN_SECRET_LENGTH || Arrays.asList(this.knownSecrets).contains(trimmed)) {
			return;
		}
		String[] secrets = Arrays.copyOf(this.knownSecrets, this.knownSecrets.length + 1);
		secrets[secrets.length - 1] = trimmed;
		// longest first, so that a secret containing another is masked whole
		Arrays.sort(secrets, Comparator.comparingInt(String::length).reversed());
		this.knownSecrets = secrets;
	}

	/**
	 * Returns {@code text} with every secret replaced by {@link #MASK}; the same instance when there is none.
	 * @param text what is about to be logged
	 * @return the text to log
	 */
	public String mask(String text) {
		String masked = mayHoldSecret(text) ? maskPatterns(text) : text;
		for (String secret : this.knownSecrets) {
			if (masked.contains(secret)) {
				masked = masked.replace(secret, MASK);
			}
		}
		return masked;
	}

	private static String maskPatterns(String text) {
		Matcher matcher = SECRETS.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder masked = new StringBuilder(text.length());
		int last = 0;
		do {
			masked.append(text, last, matcher.start()).append(replacement(matcher));
			last = matcher.end();
		}
		while (matcher.find());
		return masked.append(text, last, text.length()).toString();
	}

	private static String replacement(Matcher matcher) {
		if (matcher.group("header") != null) {
			String cookies = matcher.group("cookies");
			if (matcher.group("set") != null) { // one cookie, then its attributes (Path, SameSite...), kept
				int end = cookies.indexOf(';');
				String first = (end < 0) ? cookies : cookies.substring(0, end);
				String attributes = (end < 0) ? "" : cookies.substring(end);
				cookies = COOKIE_VALUE.matcher(first).replaceAll("$1" + MASK) + attributes;
			}
			else {
				cookies = COOKIE_VALUE.matcher(cookies).replaceAll("$1" + MASK);
			}
			return matcher.group("header") + cookies;
		}
		for (String kept : new String[] { "param", "json", "nested", "scheme", "session", "bytes" }) {
			String prefix = matcher.group(kept);
			if (prefix != null) {
				return prefix + MASK;
			}
		}
		return MASK;
	}

	/**
	 * The cheap test, one pass without patterns: can {@code text} hold anything the patterns mask? True when it
	 * contains, in any case, a parameter or cookie name followed by {@code =} or a quote, {@code Bearer} or
	 * {@code Basic} followed by a space, a {@code Cookie} header, the start of a sealed value, or a brace followed by
	 * hex digits. Ordinary words ("status code 429", "Session ended") do not count.
	 */
	static boolean mayHoldSecret(String text) {
		for (int i = 0, last = text.length() - 1; i < last; i++) {
			if (text.charAt(i) == '{' && hexDigits(text, i + 1) >= 2 * MIN_HEX_BYTES) {
				return true;
			}
			int c = text.charAt(i) | 0x20; // ASCII lower case
			if (c < 'b' || c > 'w') {
				continue;
			}
			int next = text.charAt(i + 1) | 0x20; // every word has two letters at least: most candidates end here
			boolean found = switch (c) {
				case 'c' -> (next == 'o' && (named(text, i, "code") || cookie(text, i)))
						|| (next == 's' && named(text, i, "csrf"));
				case 's' -> (next == 't' && named(text, i, "state"))
						|| (next == 'e' && (named(text, i, "secret") || named(text, i, "session")));
				case 't' -> (next == 'o' && named(text, i, "token")) || (next == 'e' && named(text, i, "text"));
				case 'p' -> next == 'a' && named(text, i, "password");
				case 'm' -> next == 'a' && named(text, i, "markdown");
				case 'h' -> next == 't' && named(text, i, "html");
				case 'b' -> (next == 'e' && scheme(text, i, "bearer")) || (next == 'a' && scheme(text, i, "basic"));
				case 'w' -> next == 'x' && end(text, i, SEALED_PREFIX) >= 0;
				default -> false;
			};
			if (found) {
				return true;
			}
		}
		return false;
	}

	/** {@code word} at {@code index}, then more of a name, then {@code =} or a (JSON) quote. */
	private static boolean named(String text, int index, String word) {
		int end = end(text, index, word);
		if (end < 0) {
			return false;
		}
		while (end < text.length() && isNameChar(text.charAt(end))) {
			end++;
		}
		return end < text.length() && "=\"\\".indexOf(text.charAt(end)) >= 0;
	}

	/** How many hex digits follow from {@code index} on, up to the number that counts. */
	private static int hexDigits(String text, int index) {
		int end = index;
		while (end < text.length() && end - index < 2 * MIN_HEX_BYTES
				&& Character.digit(text.charAt(end), 16) >= 0) {
			end++;
		}
		return end - index;
	}

	private static boolean cookie(String text, int index) {
		int end = end(text, index, "cookie");
		return end >= 0 && end < text.length()
				&& ("\"':=".indexOf(text.charAt(end)) >= 0 || Character.isWhitespace(text.charAt(end)));
	}

	private static boolean scheme(String text, int index, String word) {
		int end = end(text, index, word);
		return end >= 0 && end < text.length() && Character.isWhitespace(text.charAt(end));
	}

	/** Where {@code lowerCaseWord} ends if it is at {@code index}, in any ASCII case; otherwise -1. */
	private static int end(String text, int index, String lowerCaseWord) {
		int end = index + lowerCaseWord.length();
		if (end > text.length()) {
			return -1;
		}
		for (int i = 0; i < lowerCaseWord.length(); i++) {
			if ((text.charAt(index + i) | 0x20) != lowerCaseWord.charAt(i)) {
				return -1;
			}
		}
		return end;
	}

	private static boolean isNameChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

}
