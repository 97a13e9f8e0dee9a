package io.webexkit.client;

import java.time.Instant;

import java.util.List;

import io.webexkit.client.model.Person;
import io.webexkit.client.model.PersonRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PeopleTests {

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void meWhenWebexAnswersThenPersonIsReadAndUnknownFieldsIgnored() {
		this.webex.enqueueJson(200, "people-me.json");

		Person me = this.webex.client().people().me();

		assertThat(me.displayName()).isEqualTo("Alice Example");
		assertThat(me.emails()).containsExactly("alice@example.com");
		assertThat(me.nickName()).isEqualTo("Ali");
		assertThat(me.firstName()).isEqualTo("Alice");
		assertThat(me.lastName()).isEqualTo("Example");
		assertThat(me.avatar()).startsWith("https://");
		assertThat(me.orgId()).startsWith("Y2lzY29zcGFyazovL3VzL09SR0FO");
		assertThat(me.type()).isEqualTo(Person.Type.PERSON);
		assertThat(me.created()).isEqualTo(Instant.parse("2016-04-21T19:12:48.920Z"));
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/people/me");
		assertThat(this.webex.request(0).getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
	}

	@Test
	void meWhenOptionalFieldsAreMissingThenTheyAreNullAndEmailsEmpty() {
		this.webex.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"id\":\"bot-1\",\"type\":\"bot\"}")
			.build());

		Person me = this.webex.client().people().me();

		assertThat(me.id()).isEqualTo("bot-1");
		assertThat(me.emails()).isEmpty();
		assertThat(me.displayName()).isNull();
		assertThat(me.created()).isNull();
	}

	@Test
	void meWhenClientHasNoTokenSupplierThenIllegalStateAndNothingSent() {
		WebexClient client = WebexClient.builder().baseUrl(this.webex.baseUrl()).build();

		assertThatIllegalStateException().isThrownBy(() -> client.people().me())
			.withMessageContaining("AccessTokenSupplier");
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void withTokenSupplierWhenUsedThenCallsCarryTheOtherUsersToken() {
		this.webex.enqueueJson(200, "people-me.json");
		WebexClient anonymous = WebexClient.builder().baseUrl(this.webex.baseUrl()).build();

		anonymous.withTokenSupplier(AccessTokenSupplier.of("bob-token")).people().me();

		assertThat(this.webex.request(0).getHeaders().get("Authorization")).isEqualTo("Bearer bob-token");
	}

	@Test
	void createWhenTheRequestLacksWhatWebexNeedsThenRefusedBeforeAnyCall() {
		WebexClient client = this.webex.client();
		PersonRequest noEmail = PersonRequest.builder().displayName("Ann").build();
		PersonRequest noName = PersonRequest.builder().emails(List.of("ann@example.com")).build();
		PersonRequest withLogin = PersonRequest.builder()
			.emails(List.of("ann@example.com"))
			.firstName("Ann")
			.loginEnabled(true)
			.build();

		assertThatIllegalArgumentException().isThrownBy(() -> client.people().create(noEmail))
			.withMessage("A person to create needs emails");
		assertThatIllegalArgumentException().isThrownBy(() -> client.people().create(noName))
			.withMessageContaining("displayName, firstName or lastName");
		assertThatIllegalArgumentException().isThrownBy(() -> client.people().create(withLogin))
			.withMessage("loginEnabled can only be set by an update");
		assertThatIllegalArgumentException().isThrownBy(() -> client.people().update("p1", noName))
			.withMessage("A person's update needs a displayName");
		assertThat(this.webex.requestCount()).isZero();
	}

}
