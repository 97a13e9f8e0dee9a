package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Turns a file name someone else chose (a file's {@code Content-Disposition} from Webex, ultimately whoever posted
 * it) into one that is safe to create in a directory on any common system: a single name, never a path. Directories
 * and drive letters are dropped, so are control and bidirectional-override characters (which disguise an extension),
 * characters Windows refuses become {@code _}, leading and trailing dots and spaces go, Windows' reserved device
 * names get a {@code _} prefix, and the name is cut to 255 UTF-8 bytes keeping its extension. What is left empty
 * becomes {@value #FALLBACK}.
 */
public final class SafeFileName {

	/** The name used when nothing usable is left. */
	public static final String FALLBACK = "download";

	private static final int MAX_BYTES = 255;

	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
			"COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2",
			"LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

	private SafeFileName() {
	}

	/** A safe name for {@code name}; never blank, never a path. */
	public static String of(@Nullable String name) {
		if (name == null) {
			return FALLBACK;
		}
		String last = name;
		int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
		if (slash >= 0) {
			last = last.substring(slash + 1);
		}
		if (last.length() >= 2 && last.charAt(1) == ':' && Character.isLetter(last.charAt(0))) {
			last = last.substring(2); // C:name is relative to a drive's current directory
		}
		StringBuilder kept = new StringBuilder(last.length());
		last.codePoints().forEach((c) -> {
			if (!hidden(c)) {
				kept.appendCodePoint(refusedByWindows(c) ? '_' : c);
			}
		});
		String cleaned = strip(kept.toString());
		if (cleaned.isEmpty()) {
			return FALLBACK;
		}
		int dot = cleaned.indexOf('.');
		String base = (dot >= 0) ? cleaned.substring(0, dot) : cleaned;
		if (RESERVED.contains(base.strip().toUpperCase(Locale.ROOT))) {
			cleaned = "_" + cleaned;
		}
		return shortened(cleaned);
	}

	/** Control, format and separator characters: they hide in names (U+202E reverses what follows). */
	private static boolean hidden(int c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE;
	}

	private static boolean refusedByWindows(int c) {
		return c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*';
	}

	/** Leading dots would hide the file or climb ({@code ..}); trailing dots and spaces Windows drops silently. */
	private static String strip(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

	/** At most 255 UTF-8 bytes, cut before the extension so the type stays visible. */
	private static String shortened(String name) {
		if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 16) ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int room = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
		StringBuilder cut = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < base.length();) {
			int c = base.codePointAt(i);
			int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > room) {
				break;
			}
			cut.appendCodePoint(c);
			bytes += size;
			i += Character.charCount(c);
		}
		String result = strip(cut.toString()) + extension;
		return result.isEmpty() ? FALLBACK : result;
	}

}
