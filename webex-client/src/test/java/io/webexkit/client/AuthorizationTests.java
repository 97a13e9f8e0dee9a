package io.webexkit.client;

import java.util.function.Consumer;

import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.RoomQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AuthorizationTests {

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void meWhenTokenExpiredThenRefreshedOnceAndRetriedWithTheNewToken() {
		this.webex.enqueueJson(401, "error-401.json").enqueueJson(200, "people-me.json");

		assertThat(this.webex.client().people().me().displayName()).isEqualTo("Alice Example");

		assertThat(this.webex.tokens.rejected()).containsExactly("token-1");
		assertThat(this.webex.requests()).extracting((request) -> request.getHeaders().get("Authorization"))
			.containsExactly("Bearer token-1", "Bearer token-2");
	}

	@Test
	void meWhenRefreshedTokenIsAlsoRejectedThenAuthorizationExceptionAfterExactlyOneRefresh() {
		this.webex.enqueueJson(401, "error-401.json").enqueueJson(401, "error-401.json");

		assertThatExceptionOfType(WebexAuthorizationException.class)
			.isThrownBy(() -> this.webex.client().people().me())
			.withMessageContaining("granted again")
			.withMessageNotContaining("token-1")
			.withMessageNotContaining("token-2")
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(401);
				assertThat(ex.trackingId()).hasValue("ROUTER_error-401.json");
			});
		assertThat(this.webex.tokens.rejected()).containsExactly("token-1");
		assertThat(this.webex.requestCount()).isEqualTo(2);
	}

	@Test
	void meWhenRefreshFailsThenItsExceptionSurfacesAndNothingIsRetried() {
		this.webex.enqueueJson(401, "error-401.json");
		WebexClient client = this.webex.client().withTokenSupplier(AccessTokenSupplier.of("bot-token"));

		assertThatExceptionOfType(WebexAuthorizationException.class).isThrownBy(() -> client.people().me());
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void meWhenSupplierReturnsAnUnusableTokenThenIllegalStateWithoutEchoingIt() {
		WebexClient client = this.webex.client().withTokenSupplier(new AccessTokenSupplier() {
			@Override
			public String accessToken() {
				return "secret\r\nX-Injected: 1";
			}

			@Override
			public String refreshAfterUnauthorized(String rejectedToken) {
				throw new UnsupportedOperationException();
			}
		});

		assertThatIllegalStateException().isThrownBy(() -> client.people().me())
			.withMessageNotContaining("secret");
		assertThat(this.webex.requestCount()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "people, spark:people_read", "rooms, spark:rooms_read", "messages, spark:messages_read",
			"create, spark:messages_write", "memberships, spark:memberships_read" })
	void callWhenForbiddenThenRequiredScopeAndWebexMessageAreKeptAndNoRefreshHappens(String endpoint, String scope) {
		this.webex.enqueueJson(403, "error-403.json");
		WebexClient client = this.webex.client();
		Consumer<WebexClient> call = switch (endpoint) {
			case "people" -> (c) -> c.people().me();
			case "rooms" -> (c) -> c.rooms().list(RoomQuery.all());
			case "messages" -> (c) -> c.messages().list(MessageQuery.of("room-1"));
			case "create" -> (c) -> c.messages().create(MessageRequest.builder().roomId("r").text("t").build());
			default -> (c) -> c.memberships().list("room-1");
		};

		assertThatExceptionOfType(WebexForbiddenException.class).isThrownBy(() -> call.accept(client))
			.withMessageContaining(scope)
			.satisfies((ex) -> {
				assertThat(ex.requiredScope()).hasValue(scope);
				assertThat(ex.errorMessage()).hasValueSatisfying((message) -> assertThat(message)
					.startsWith("The server understood the request, but refused to fulfill it"));
				assertThat(ex.status()).isEqualTo(403);
				assertThat(ex.trackingId()).hasValue("ROUTER_error-403.json");
			});
		assertThat(this.webex.tokens.rejected()).isEmpty();
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

}
