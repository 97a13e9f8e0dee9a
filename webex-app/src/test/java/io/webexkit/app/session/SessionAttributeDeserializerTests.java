package io.webexkit.app.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SessionAttributeDeserializerTests {

	private final SerializingConverter serializer = new SerializingConverter();

	private final SessionAttributeDeserializer deserializer = new SessionAttributeDeserializer(
			getClass().getClassLoader());

	@BeforeEach
	void reset() {
		RecordingGadget.ran.set(false);
	}

	@Test
	void convertWhenWhatSessionsHoldThenReadBack() {
		List<GrantedAuthority> authorities = new ArrayList<>(AuthorityUtils.createAuthorityList("ROLE_USER"));
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
			.issuedAt(Instant.now())
			.build());
		OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(
				new DefaultOAuth2User(authorities, Map.of("id", "person", "displayName", "Ada"), "id"), authorities,
				"webex");
		authentication.setDetails(new WebAuthenticationDetails("127.0.0.1", "session"));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/spaces");
		request.setParameter("cursor", "abc");
		request.addHeader("Accept-Language", "de-CH");
		List<Object> attributes = List.of(new SecurityContextImpl(authentication),
				new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token"),
				OAuth2AuthorizationRequest.authorizationCode()
					.authorizationUri("https://webexapis.com/v1/authorize")
					.clientId("client")
					.redirectUri("http://localhost/oauth")
					.scopes(Set.of("spark:people_read", "spark:rooms_read"))
					.state("state")
					.attributes((a) -> a.put(PkceParameterNames.CODE_VERIFIER, "verifier"))
					.build(),
				new DefaultSavedRequest(request), Instant.now(), 42L, true);
		for (Object attribute : attributes) {
			Object read = this.deserializer.convert(this.serializer.convert(attribute));
			assertThat(read).as(attribute.getClass().getName()).isNotNull().hasSameClassAs(attribute);
		}
	}

	@Test
	void convertWhenClassNotAllowedThenAbsentAndItsCodeNeverRuns(CapturedOutput output) {
		assertThat(this.deserializer.convert(this.serializer.convert(new RecordingGadget()))).isNull();
		assertThat(RecordingGadget.ran).isFalse();
		assertThat(output).contains("Security event: refused to read a session attribute holding "
				+ RecordingGadget.class.getName());
	}

	@Test
	void convertWhenDisallowedClassInsideAllowedCollectionThenAbsentAndItsCodeNeverRuns() {
		Map<String, Object> map = new HashMap<>(Map.of("ok", "value", "gadget", new RecordingGadget()));
		assertThat(this.deserializer.convert(this.serializer.convert(map))).isNull();
		assertThat(RecordingGadget.ran).isFalse();
	}

	@Test
	void convertWhenNestedTooDeepOrArrayTooLongOrTooLargeThenAbsent(CapturedOutput output) {
		List<Object> deep = new ArrayList<>();
		List<Object> current = deep;
		for (int i = 0; i < SessionAttributeFilter.MAX_DEPTH + 5; i++) {
			List<Object> next = new ArrayList<>();
			current.add(next);
			current = next;
		}
		assertThat(this.deserializer.convert(this.serializer.convert(deep))).isNull();
		String[] longArray = new String[SessionAttributeFilter.MAX_ARRAY_LENGTH + 1];
		assertThat(this.deserializer.convert(this.serializer.convert(longArray))).isNull();
		ArrayList<String> large = new ArrayList<>(List.of("x".repeat(SessionAttributeFilter.MAX_BYTES)));
		assertThat(this.deserializer.convert(this.serializer.convert(large))).isNull();
		assertThat(output).contains("objects nested deeper than", "an array longer than", "bytes");
	}

	@Test
	void convertWhenBytesAreNoSerializedObjectThenAbsentWithoutTheirContentInTheLog(CapturedOutput output) {
		byte[] garbage = "not a serialized object, code=abc".getBytes();
		assertThat(this.deserializer.convert(garbage)).isNull();
		assertThat(output).contains("could not be read (java.io.StreamCorruptedException)").doesNotContain("code=abc");
	}

	@Test
	void convertWhenSameRefusedValueReadAgainThenReportedOnce(CapturedOutput output) {
		byte[] bytes = this.serializer.convert(new RecordingGadget());
		this.deserializer.convert(bytes);
		this.deserializer.convert(bytes);
		assertThat(output.getAll().split("Security event: refused", -1)).hasSize(2);
	}

}
