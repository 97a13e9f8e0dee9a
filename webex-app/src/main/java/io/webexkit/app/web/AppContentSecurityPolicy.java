package io.webexkit.app.web;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.spring.WebexEndpoints;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the app pages' Content-Security-Policy ({@link SecurityHeaders#appPolicy}). It names the Webex API's origin,
 * which in simulator mode is this server's and so only known once it listens: the value is made on first use.
 */
@Component
public class AppContentSecurityPolicy implements HeaderWriter {

	public static final String HEADER = "Content-Security-Policy";

	private final WebexEndpoints endpoints;

	private final AtomicReference<@Nullable String> value = new AtomicReference<>();

	AppContentSecurityPolicy(WebexEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	public String value() {
		String current = this.value.get();
		if (current == null) {
			current = SecurityHeaders.appPolicy(this.endpoints.apiBaseUrl());
			this.value.compareAndSet(null, current);
		}
		return current;
	}

	/** Like Spring Security's own writer: a response that set its own policy keeps it. */
	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, value());
		}
	}

}
