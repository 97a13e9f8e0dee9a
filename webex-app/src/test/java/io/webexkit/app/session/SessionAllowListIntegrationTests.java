package io.webexkit.app.session;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who can write to the session table puts a serialized object of a class no session holds into a session row;
 * the app never reads it, and the session carries on as if the attribute were absent.
 */
@AppIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SessionAllowListIntegrationTests {

	private static final String REFUSED = "Security event: refused to read a session attribute holding "
			+ RecordingGadget.class.getName();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	WebexSimulator simulator;

	@BeforeEach
	void reset() {
		RecordingGadget.ran.set(false);
	}

	@AfterEach
	void resetSimulator() {
		this.simulator.reset();
	}

	@Test
	void spacesWhenSignedInUsersRowHoldsAForeignClassThenSignedOutWithoutRunningIt(CapturedOutput output) {
		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		assertThat(writeForeignObject(browser, "SPRING_SECURITY_CONTEXT")).isOne();

		HttpResponse<String> spaces = browser.get("/spaces");
		assertThat(spaces.statusCode()).isEqualTo(302);
		assertThat(browser.location(spaces).getPath()).isEqualTo("/");
		assertThat(output.getAll().split(REFUSED, -1)).hasSize(2); // one warning for the request
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("GRANT").doesNotContain("Log out");
		assertThat(RecordingGadget.ran).isFalse();
		assertThat(output).doesNotContain("rO0AB"); // the row's bytes (a Java serialization stream, base64)
	}

	@Test
	void callbackWhenPendingGrantsRowHoldsAForeignClassThenGrantStartsAgainWithoutRunningIt(CapturedOutput output) {
		Browser browser = new Browser(this.port);
		URI callback = GrantFlow.consent(browser, "accept", null);
		String pendingGrant = HttpSessionOAuth2AuthorizationRequestRepository.class.getName()
				+ ".AUTHORIZATION_REQUEST";
		assertThat(writeForeignObject(browser, pendingGrant)).isOne();

		HttpResponse<String> failed = browser.follow(browser.get(callback.toString()));
		assertThat(failed.statusCode()).isEqualTo(400);
		assertThat(failed.body()).contains("GRANT again");
		assertThat(output).contains(REFUSED);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		assertThat(RecordingGadget.ran).isFalse();
	}

	/** Replaces the stored attribute of the browser's session, as a write to the database would. */
	private int writeForeignObject(Browser browser, String attribute) {
		String cookie = browser.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> "SESSION".equals(c.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
		byte[] bytes = new SerializingConverter().convert(new RecordingGadget());
		return JdbcClient.create(this.dataSource)
			.sql("""
					UPDATE SPRING_SESSION_ATTRIBUTES SET ATTRIBUTE_BYTES = ? WHERE ATTRIBUTE_NAME = ?
					AND SESSION_PRIMARY_ID = (SELECT PRIMARY_ID FROM SPRING_SESSION WHERE SESSION_ID = ?)
					""")
			.params(bytes, attribute, sessionId)
			.update();
	}

}
