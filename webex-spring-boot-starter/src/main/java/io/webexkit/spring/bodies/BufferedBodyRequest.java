package io.webexkit.spring.bodies;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.MultiValueMap;

/**
 * A request whose body was read ahead into memory: its stream, its reader and, for a form POST, its parameters come
 * from that copy. The container, having seen the body read as a stream, parses the query string only; the form's
 * fields are parsed here when a parameter is first asked for, as Tomcat would (POST only, after the query's), and a
 * form that cannot be decoded fails that first read with an {@link IllegalStateException}, as Tomcat's does.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

	private static final FormHttpMessageConverter FORMS = new FormHttpMessageConverter();

	private final byte[] body;

	private final Charset charset;

	private final Copy stream;

	private @Nullable BufferedReader reader;

	private @Nullable Map<String, String[]> parameters;

	BufferedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
		this.charset = charset(request);
		this.stream = new Copy(new ByteArrayInputStream(body));
	}

	static boolean isForm(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "application/x-www-form-urlencoded".equals(mediaType(request));
	}

	static boolean isMultipart(HttpServletRequest request) {
		return "multipart/form-data".equals(mediaType(request));
	}

	@Override
	public ServletInputStream getInputStream() {
		return this.stream;
	}

	@Override
	public BufferedReader getReader() {
		BufferedReader reader = this.reader;
		if (reader == null) {
			reader = new BufferedReader(new InputStreamReader(this.stream, this.charset));
			this.reader = reader;
		}
		return reader;
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = getParameterMap().get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		Map<String, String[]> parameters = this.parameters;
		if (parameters == null) {
			Map<String, String[]> query = super.getParameterMap();
			parameters = isForm(this) ? merged(query, fields(this.body, this.charset)) : query;
			this.parameters = parameters;
		}
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(getParameterMap().keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = getParameterMap().get(name);
		return (values != null) ? values.clone() : null;
	}

	private static Map<String, String[]> merged(Map<String, String[]> query, MultiValueMap<String, String> fields) {
		if (fields.isEmpty()) {
			return query;
		}
		Map<String, String[]> merged = new LinkedHashMap<>(query);
		fields.forEach((name, values) -> {
			List<String> all = new ArrayList<>(List.of(merged.getOrDefault(name, new String[0])));
			values.forEach((value) -> all.add((value != null) ? value : ""));
			merged.put(name, all.toArray(String[]::new));
		});
		return Collections.unmodifiableMap(merged);
	}

	private static MultiValueMap<String, String> fields(byte[] body, Charset charset) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType(MediaType.APPLICATION_FORM_URLENCODED, charset));
		try {
			return FORMS.read(null, new HttpInputMessage() {

				@Override
				public InputStream getBody() {
					return new ByteArrayInputStream(body);
				}

				@Override
				public HttpHeaders getHeaders() {
					return headers;
				}

			});
		}
		catch (IOException | IllegalArgumentException | HttpMessageNotReadableException ex) {
			throw new IllegalStateException("The form sent cannot be decoded", ex);
		}
	}

	private static @Nullable String mediaType(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return null;
		}
		int semicolon = type.indexOf(';');
		return ((semicolon >= 0) ? type.substring(0, semicolon) : type).trim().toLowerCase(Locale.ROOT);
	}

	private static Charset charset(HttpServletRequest request) {
		String encoding = request.getCharacterEncoding();
		try {
			return (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	/** The copy, as the servlet stream; already whole, so never waits. */
	private static final class Copy extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		Copy(ByteArrayInputStream bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return this.bytes.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.bytes.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.bytes.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new IllegalStateException("the body was read ahead: read it in blocking mode");
		}

	}

}
