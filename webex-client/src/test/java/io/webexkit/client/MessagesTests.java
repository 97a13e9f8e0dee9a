package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.webexkit.client.model.Membership;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.RoomType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessagesTests {

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void createWhenValidThenPostsJsonWithExactlyTheGivenFields() {
		this.webex.enqueueJson(200, "message-created.json");

		Message created = this.webex.client()
			.messages()
			.create(MessageRequest.builder().toPersonEmail("bob@example.com").markdown("**Hello**").build());

		assertThat(created.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbmV3");
		assertThat(created.created()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
		assertThat(this.webex.request(0).getMethod()).isEqualTo("POST");
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/messages");
		assertThat(this.webex.request(0).getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(this.webex.request(0).getBody().string(StandardCharsets.UTF_8))
			.contains("\"toPersonEmail\":\"bob@example.com\"", "\"markdown\":\"**Hello**\"")
			.doesNotContain("roomId", "text");
	}

	@Test
	void getWhenAnIdFromAWebhookEventThenOneGetOfThatMessageWithItsIdEncoded() {
		this.webex.enqueueJson(200, "message-created.json");

		Message message = this.webex.client().messages().get("Y2lz/cm9v?x=1");

		assertThat(message.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbmV3");
		assertThat(this.webex.request(0).getMethod()).isEqualTo("GET");
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/messages/Y2lz%2Fcm9v%3Fx%3D1");
	}

	@Test
	void getWhenWebexDoesNotShowTheMessageYetThenNotFound() {
		this.webex.enqueueJson(404, "error-404.json");

		assertThatExceptionOfType(WebexNotFoundException.class)
			.isThrownBy(() -> this.webex.client().messages().get("Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm90LXlldA"));
	}

	@Test
	void listWhenQueryHasAllParametersThenTheyAreSentAndMessagesRead() {
		this.webex.enqueueJson(200, "messages-page.json");
		MessageQuery query = new MessageQuery("room 1", 10, Instant.parse("2016-04-21T19:12:48.920Z"), "msg-9");

		Page<Message> page = this.webex.client().messages().list(query);

		assertThat(this.webex.request(0).getTarget()).isEqualTo(
				"/v1/messages?roomId=room+1&max=10&before=2016-04-21T19%3A12%3A48.920Z&beforeMessage=msg-9");
		Message message = page.items().get(0);
		assertThat(message.roomType()).isEqualTo(RoomType.GROUP);
		assertThat(message.text()).startsWith("PROJECT UPDATE");
		assertThat(message.markdown()).startsWith("**PROJECT UPDATE**");
		assertThat(message.html()).startsWith("<p>");
		assertThat(message.personEmail()).isEqualTo("matt@example.com");
		assertThat(message.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16.000Z"));
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void pageWhenNextLinkDroppedTheRoomThenItIsPutBackButCursorsAreNot() {
		this.webex.enqueue(FakeWebex.json(200, "messages-page.json")
			.addHeader("Link", "<" + this.webex.url("/messages?max=null&beforeMessage=msg-1") + ">; rel=\"next\"")
			.build());
		this.webex.enqueueJson(200, "messages-page.json");
		WebexClient client = this.webex.client();

		Page<Message> first = client.messages().list(new MessageQuery("room-1", 50, null, "msg-9"));
		client.messages().page(first.next().orElseThrow());

		assertThat(this.webex.request(1).getTarget()).isEqualTo("/v1/messages?max=50&beforeMessage=msg-1&roomId=room-1");
	}

	@Test
	void listWhenRoomHasMembersThenMembershipsAreRead() {
		this.webex.enqueueJson(200, "memberships-page.json");

		Page<Membership> page = this.webex.client().memberships().list("room-1");

		Membership member = page.items().get(0);
		assertThat(member.personDisplayName()).isEqualTo("John Andersen");
		assertThat(member.personEmail()).isEqualTo("john.andersen@example.com");
		assertThat(member.isModerator()).isTrue();
		assertThat(member.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16.203Z"));
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/memberships?roomId=room-1");
	}

}
