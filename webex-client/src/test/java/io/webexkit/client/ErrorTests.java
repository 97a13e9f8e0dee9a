package io.webexkit.client;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.webexkit.client.model.RoomQuery;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ErrorTests {

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void callWhenSentThenTrackingIdHasThePrefixAndIsUniquePerCallButStableAcrossRetries() {
		this.webex.enqueue(new MockResponse.Builder().code(503).build()).enqueueJson(200, "people-me.json");
		this.webex.enqueueJson(200, "people-me.json");
		WebexClient client = this.webex.client();

		client.people().me();
		client.people().me();

		List<String> sent = this.webex.requests().stream().map((r) -> r.getHeaders().get("TrackingID")).toList();
		assertThat(sent).allSatisfy((id) -> assertThat(id).matches("webexkit-test_[0-9a-f-]{36}"));
		assertThat(sent.get(0)).isEqualTo(sent.get(1));
		assertThat(sent.get(2)).isNotEqualTo(sent.get(0));
	}

	@Test
	void getWhenNotFoundThenTypedExceptionWithWebexMessageAndTrackingIdFromHeader() {
		this.webex.enqueueJson(404, "error-404.json");

		assertThatExceptionOfType(WebexNotFoundException.class)
			.isThrownBy(() -> this.webex.client().rooms().get("missing"))
			.withMessageContaining("404")
			.withMessageContaining("GET /v1/rooms/missing")
			.withMessageContaining("The requested resource could not be found.")
			.satisfies((ex) -> {
				assertThat(ex.errorMessage()).hasValue("The requested resource could not be found.");
				assertThat(ex.trackingId()).hasValue("ROUTER_error-404.json");
			});
	}

	@Test
	void getWhenErrorHasNoTrackingIdHeaderThenTheBodysIsKept() {
		this.webex.enqueue(new MockResponse.Builder().code(400).body(FakeWebex.fixture("error-400.json")).build());

		assertThatExceptionOfType(WebexApiException.class).isThrownBy(() -> this.webex.client().rooms().get("r"))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.trackingId()).hasValue("ROUTER_6633C1C8-4A7E-01BB-0B2E-0AFE7F0B0B2E");
			});
	}

	@Test
	void getWhenErrorCarriesNoTrackingIdAtAllThenTheSentOneIsKept() {
		this.webex.enqueue(new MockResponse.Builder().code(409).build());

		assertThatExceptionOfType(WebexApiException.class).isThrownBy(() -> this.webex.client().rooms().get("r"))
			.satisfies((ex) -> assertThat(ex.trackingId())
				.hasValue(this.webex.request(0).getHeaders().get("TrackingID")));
	}

	@Test
	void listWhenGatewayAnswersHtml502ThenServerExceptionWithShortReadableMessage() {
		MockResponse badGateway = new MockResponse.Builder().code(502)
			.setHeader("Content-Type", "text/html")
			.body(FakeWebex.fixture("gateway-502.html"))
			.build();
		this.webex.enqueue(badGateway).enqueue(badGateway).enqueue(badGateway);

		assertThatExceptionOfType(WebexServerException.class)
			.isThrownBy(() -> this.webex.client().rooms().list(RoomQuery.all()))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(502);
				assertThat(ex.errorMessage()).hasValueSatisfying((text) -> {
					assertThat(text).startsWith("502 Bad Gateway 502 Bad Gateway The upstream server");
					assertThat(text).doesNotContain("<", "very-long-css-rule");
					assertThat(text.length()).isLessThanOrEqualTo(ErrorResponses.MAX_MESSAGE_CHARS + 1);
				});
				assertThat(ex.getMessage()).hasSizeLessThan(400);
			});
	}

	@Test
	void getWhenErrorBodyIsEmptyOrGarbageThenStillTypedException() {
		this.webex.enqueue(new MockResponse.Builder().code(400).body("{not json").build());

		assertThatExceptionOfType(WebexApiException.class).isThrownBy(() -> this.webex.client().rooms().get("r"))
			.satisfies((ex) -> assertThat(ex.errorMessage()).hasValue("{not json"));
	}

	@Test
	void listWhenResponseExceedsTheSizeCapThenTypedException() {
		this.webex.enqueueJson(200, "rooms-page-1.json");
		this.webex.enqueue(FakeWebex.json(200, "rooms-page-1.json").chunkedBody(FakeWebex.fixture("rooms-page-1.json"), 64)
			.build());
		WebexClient client = this.webex.clientBuilder().maxResponseBytes(100).build();

		assertThatExceptionOfType(WebexResponseTooLargeException.class)
			.isThrownBy(() -> client.rooms().list(RoomQuery.all()))
			.satisfies((ex) -> {
				assertThat(ex.limit()).isEqualTo(100);
				assertThat(ex.trackingId()).hasValue("ROUTER_rooms-page-1.json");
			});
		assertThatExceptionOfType(WebexResponseTooLargeException.class)
			.isThrownBy(() -> client.rooms().list(RoomQuery.all()));
		assertThat(this.webex.requestCount()).isEqualTo(2);
	}

	@Test
	void listWhenSuccessBodyIsNotJsonThenWebexExceptionWithoutBodyInMessage() {
		this.webex.enqueue(new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());

		assertThatExceptionOfType(WebexException.class)
			.isThrownBy(() -> this.webex.client().rooms().list(RoomQuery.all()))
			.withMessageContaining("Unreadable Webex response")
			.withMessageNotContaining("maintenance");
	}

	@Test
	void callWhenAnythingFailsThenTheTokenAppearsOnlyInTheAuthorizationHeader() {
		Logger logger = (Logger) LoggerFactory.getLogger(HttpEngine.class);
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.start();
		logger.addAppender(logs);
		Level previous = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		logger.setAdditive(false);
		try {
			// A server that echoes the token must not get it into messages or logs either.
			this.webex.enqueue(new MockResponse.Builder().code(400)
				.body("{\"message\":\"bad token token-1\",\"trackingId\":\"T1\"}")
				.build());
			this.webex.enqueueJson(401, "error-401.json").enqueueJson(401, "error-401.json");
			WebexClient client = this.webex.client();

			assertThatExceptionOfType(WebexApiException.class).isThrownBy(() -> client.rooms().get("r"))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("token-1").contains("[redacted]"));
			assertThatExceptionOfType(WebexAuthorizationException.class).isThrownBy(() -> client.people().me())
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("token-1", "token-2"));

			assertThat(logs.list).isNotEmpty()
				.allSatisfy((event) -> assertThat(event.getFormattedMessage()).doesNotContain("token-"));
			assertThat(this.webex.requests()).allSatisfy((request) -> {
				assertThat(request.getUrl().toString()).doesNotContain("token-");
				assertThat(request.getHeaders().get("Authorization")).startsWith("Bearer token-");
			});
			assertThat(client.toString()).doesNotContain("token-");
		}
		finally {
			logger.detachAppender(logs);
			logger.setLevel(previous);
			logger.setAdditive(true);
		}
	}

}
