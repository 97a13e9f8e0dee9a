package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.webexkit.client.model.RoomType;
import io.webexkit.client.model.WebhookEvent;
import io.webexkit.client.model.WebhookStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How a webhook delivery is read: every resource's data, unknown values, and bodies that are not deliveries. */
class WebhookEventsTests {

	@Test
	void parseWhenAMessageWasCreatedThenEnvelopeAndMessageIdsAreRead() {
		WebhookEvent event = WebhookEvents.parse(fixture("webhook-event-message.json"));

		assertThat(event.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL1dFQkhPT0svOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh");
		assertThat(event.name()).isEqualTo("New messages in the project space");
		assertThat(event.targetUrl()).isEqualTo("https://example.com/webex/events");
		assertThat(event.resource()).isEqualTo("messages");
		assertThat(event.event()).isEqualTo("created");
		assertThat(event.filter()).startsWith("roomId=");
		assertThat(event.orgId()).startsWith("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi");
		assertThat(event.createdBy()).startsWith("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9m");
		assertThat(event.appId()).startsWith("Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL");
		assertThat(event.ownedBy()).isEqualTo("creator");
		assertThat(event.status()).isEqualTo(WebhookStatus.ACTIVE);
		assertThat(event.created()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
		assertThat(event.actorId()).isEqualTo("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbGljZQ");
		WebhookEvent.Data data = event.data();
		assertThat(data.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL01FU1NBR0UvOTJkYjNiZTAtNDNiZC0xMWU2LThhZTktZGQ1YjNkZmM1NjVk");
		assertThat(data.roomId()).isEqualTo("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0");
		assertThat(data.roomType()).isEqualTo(RoomType.GROUP);
		assertThat(data.personId()).isEqualTo("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbGljZQ");
		assertThat(data.personEmail()).isEqualTo("alice@example.com");
		assertThat(data.mentionedPeople()).containsExactly("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ib2I",
				"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9jYXJvbA");
		assertThat(data.files())
			.containsExactly("https://webexapis.com/v1/contents/Y2lzY29zcGFyazovL3VzL0NPTlRFTlQvZmlsZS0x/0");
		assertThat(data.created()).isEqualTo(Instant.parse("2024-05-02T11:22:33.444Z"));
		assertThat(data.personDisplayName()).isNull();
		assertThat(data.isModerator()).isNull();
		assertThat(data.title()).isNull();
	}

	@Test
	void parseWhenAMembershipWasDeletedThenMemberFieldsAreRead() {
		WebhookEvent event = WebhookEvents.parse(fixture("webhook-event-membership.json"));

		assertThat(event.resource()).isEqualTo("memberships");
		assertThat(event.event()).isEqualTo("deleted");
		assertThat(event.created()).isNull();
		WebhookEvent.Data data = event.data();
		assertThat(data.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL01FTUJFUlNISVAvYm9iOnJvb20tMQ");
		assertThat(data.roomId()).isEqualTo("Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS0x");
		assertThat(data.personId()).isEqualTo("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ib2I");
		assertThat(data.personEmail()).isEqualTo("bob@example.com");
		assertThat(data.personDisplayName()).isEqualTo("Bob Builder");
		assertThat(data.isModerator()).isFalse();
		assertThat(data.isMonitor()).isTrue();
		assertThat(data.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16.203Z"));
		assertThat(data.mentionedPeople()).isEmpty();
		assertThat(data.files()).isEmpty();
	}

	@Test
	void parseWhenARoomWasUpdatedThenRoomFieldsAreRead() {
		WebhookEvent event = WebhookEvents.parse(fixture("webhook-event-room.json"));

		assertThat(event.resource()).isEqualTo("rooms");
		assertThat(event.event()).isEqualTo("updated");
		WebhookEvent.Data data = event.data();
		assertThat(data.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0");
		assertThat(data.title()).isEqualTo("Project Unicorn - Sprint 1");
		assertThat(data.type()).isEqualTo("group");
		assertThat(data.isLocked()).isTrue();
		assertThat(data.lastActivity()).isEqualTo(Instant.parse("2024-05-02T11:22:33.444Z"));
		assertThat(data.creatorId()).startsWith("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9m");
		assertThat(data.created()).isEqualTo(Instant.parse("2016-04-21T19:01:55.966Z"));
		assertThat(data.roomId()).isNull();
	}

	@Test
	void parseWhenResourceEventStatusAndTypesAreUnknownThenRawStringsAreKept() {
		WebhookEvent event = WebhookEvents.parse(bytes("""
				{"resource": "telepathy", "event": "foreseen", "status": "dormant", "extra": {"a": [1, {"b": 2}]},
				 "data": {"id": "x1", "roomType": "hologram", "type": "submit", "messageId": "m1", "more": [null]}}"""));

		assertThat(event.resource()).isEqualTo("telepathy");
		assertThat(event.event()).isEqualTo("foreseen");
		assertThat(event.status()).isNull();
		assertThat(event.data().id()).isEqualTo("x1");
		assertThat(event.data().roomType()).isNull();
		assertThat(event.data().type()).isEqualTo("submit");
		assertThat(event.data().messageId()).isEqualTo("m1");
	}

	@Test
	void parseWhenDataIsMissingOrNullThenDataIsEmptyNotNull() {
		WebhookEvent missing = WebhookEvents.parse(bytes("{\"resource\": \"rooms\", \"event\": \"created\"}"));
		WebhookEvent nulls = WebhookEvents.parse(bytes("""
				{"resource": "messages", "data": {"mentionedPeople": null, "files": ["f1", null]}}"""));

		assertThat(missing.data().id()).isNull();
		assertThat(missing.data().mentionedPeople()).isEmpty();
		assertThat(nulls.data().mentionedPeople()).isEmpty();
		assertThat(nulls.data().files()).containsExactly("f1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"resource\": \"messages\", \"data\": {\"personEmail\": \"alice@example.com\"",
			"not json alice@example.com", "", "null", "[\"alice@example.com\"]",
			"{\"data\": {\"created\": \"alice@example.com\"}}" })
	void parseWhenTheBodyIsNotADeliveryThenWebexExceptionWithoutTheBody(String body) {
		assertThatExceptionOfType(WebexException.class).isThrownBy(() -> WebhookEvents.parse(bytes(body)))
			.withMessageStartingWith("Unreadable webhook delivery (")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("alice", "example.com"))
			.satisfies((ex) -> assertThat(ex.getCause()).isNull());
	}

	@Test
	void parseWhenBodyIsNullThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookEvents.parse(null));
	}

	private static byte[] fixture(String name) {
		return bytes(FakeWebex.fixture(name));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
