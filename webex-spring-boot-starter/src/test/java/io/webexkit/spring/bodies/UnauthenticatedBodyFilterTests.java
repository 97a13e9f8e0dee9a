package io.webexkit.spring.bodies;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;

class UnauthenticatedBodyFilterTests {

	final BodyGuard guard = new BodyGuard(1, Duration.ofSeconds(10), 1024);

	final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	final UnauthenticatedBodyFilter filter = new UnauthenticatedBodyFilter(this.guard, this.contexts);

	final AtomicReference<ServletRequest> passed = new AtomicReference<>();

	final MockHttpServletResponse response = new MockHttpServletResponse();

	@AfterEach
	void signOut() {
		this.contexts.clearContext();
	}

	@Test
	void formWhenNobodySignedInThenTheRestOfTheChainReadsTheCopyAndTheTurnIsGivenBack() throws Exception {
		this.filter.doFilter(form("_csrf=t1"), this.response, (request, response) -> this.passed.set(request));
		assertThat(this.passed.get()).isInstanceOf(BufferedBodyRequest.class);
		assertThat(this.passed.get().getParameter("_csrf")).isEqualTo("t1");
		assertThat(this.guard.enter()).isTrue();
	}

	@Test
	void formWhenAnonymousAndEveryTurnTakenThen503AndTheChainStops() throws Exception {
		this.contexts.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		this.guard.enter();
		this.filter.doFilter(form("_csrf=t1"), this.response, (request, response) -> this.passed.set(request));
		assertThat(this.passed.get()).isNull();
		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getHeader("Connection")).isEqualTo("close");
	}

	@Test
	void formWhenSignedInThenUntouchedEvenWithEveryTurnTaken() throws Exception {
		TestingAuthenticationToken user = new TestingAuthenticationToken("P1", null, List.of());
		user.setAuthenticated(true);
		this.contexts.getContext().setAuthentication(user);
		this.guard.enter();
		MockHttpServletRequest form = form("_csrf=t1");
		this.filter.doFilter(form, this.response, (request, response) -> this.passed.set(request));
		assertThat(this.passed.get()).isSameAs(form);
	}

	@Test
	void requestWhenNoBodyThenUntouched() throws Exception {
		this.guard.enter();
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/");
		this.filter.doFilter(page, this.response, (request, response) -> this.passed.set(request));
		assertThat(this.passed.get()).isSameAs(page);
	}

	@Test
	void multipartWhenNobodySignedInThenTheContainerReadsItHoldingATurn() throws Exception {
		MockHttpServletRequest upload = form("--b--");
		upload.setContentType("multipart/form-data; boundary=b");
		AtomicReference<Boolean> turnFree = new AtomicReference<>();
		this.filter.doFilter(upload, this.response, (request, response) -> {
			this.passed.set(request);
			turnFree.set(this.guard.enter());
		});
		assertThat(this.passed.get()).isSameAs(upload);
		assertThat(turnFree.get()).as("the turn is held while the parts are read").isFalse();
		assertThat(this.guard.enter()).as("and given back after").isTrue();
	}

	private static MockHttpServletRequest form(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/disconnect");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
