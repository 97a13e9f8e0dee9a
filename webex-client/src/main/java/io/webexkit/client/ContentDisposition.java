package io.webexkit.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads the file name of a {@code Content-Disposition} header: {@code filename*} (RFC 5987, UTF-8 or ISO-8859-1)
 * before {@code filename}, quoted or not. The result is what the sender wrote: make it safe with {@link SafeFileName}
 * before using it.
 */
final class ContentDisposition {

	private ContentDisposition() {
	}

	static @Nullable String fileName(@Nullable String header) {
		if (header == null) {
			return null;
		}
		String plain = null;
		String extended = null;
		int i = header.indexOf(';');
		while (i >= 0 && i < header.length()) {
			int start = i + 1;
			int equals = header.indexOf('=', start);
			if (equals < 0) {
				break;
			}
			String name = header.substring(start, equals).strip().toLowerCase(Locale.ROOT);
			StringBuilder value = new StringBuilder();
			int j = equals + 1;
			while (j < header.length() && header.charAt(j) == ' ') {
				j++;
			}
			if (j < header.length() && header.charAt(j) == '"') {
				j++;
				while (j < header.length() && header.charAt(j) != '"') {
					char c = header.charAt(j);
					if (c == '\\' && j + 1 < header.length()) {
						c = header.charAt(++j);
					}
					value.append(c);
					j++;
				}
				j = header.indexOf(';', j);
			}
			else {
				int end = header.indexOf(';', j);
				value.append(header, j, (end >= 0) ? end : header.length());
				j = end;
			}
			if (name.equals("filename*")) {
				extended = decodeExtended(value.toString().strip());
			}
			else if (name.equals("filename")) {
				plain = value.toString().strip();
			}
			i = j;
		}
		return (extended != null) ? extended : plain;
	}

	/** {@code charset'language'percent-encoded}; null when malformed or in another charset. */
	private static @Nullable String decodeExtended(String value) {
		int first = value.indexOf('\'');
		int second = (first >= 0) ? value.indexOf('\'', first + 1) : -1;
		if (second < 0) {
			return null;
		}
		String charsetName = value.substring(0, first).toUpperCase(Locale.ROOT);
		Charset charset = switch (charsetName) {
			case "UTF-8" -> StandardCharsets.UTF_8;
			case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
			default -> null;
		};
		if (charset == null) {
			return null;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		String encoded = value.substring(second + 1);
		for (int k = 0; k < encoded.length(); k++) {
			char c = encoded.charAt(k);
			if (c == '%' && k + 2 < encoded.length()) {
				int high = Character.digit(encoded.charAt(k + 1), 16);
				int low = Character.digit(encoded.charAt(k + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				k += 2;
			}
			else if (c == '%' || c > 0x7e || c < 0x21) {
				return null;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toString(charset);
	}

}
