package io.webexkit.spring.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.webexkit.spring.ErrorMessages;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed grant ends on the error page, with a status and a message that say whether trying again can help. */
class LoginFailuresTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			access_denied                  | 403 | You declined to grant access to Webex.
			invalid_client                 | 502 | Trying again will not help
			invalid_scope                  | 502 | Trying again will not help
			temporarily_unavailable        | 502 | Please try again in a moment.
			invalid_token_response         | 502 | Please try again in a moment.
			invalid_grant                  | 401 | Connecting to Webex did not complete (invalid_grant). Please try again.
			authorization_request_not_found| 401 | Please try again.
			""")
	void onAuthenticationFailureWhenReasonThenStatusAndMessageAndNoRedirect(String reason, int status, String message)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new LoginFailures().onAuthenticationFailure(request, response,
				new OAuth2AuthenticationException(new OAuth2Error(reason)));

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(ErrorMessages.of(request)).hasValueSatisfying((text) -> assertThat(text).contains(message));
	}

}
