package io.webexkit.client;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.Event;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.Organization;
import io.webexkit.client.model.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the resources' records read what real Webex sends where it differs from its document, or adds to it. */
class ResourceJsonTests {

	@Test
	void personWhenAdminFlagsAreJsonBooleansOrTheDocumentsStringsThenBothRead() {
		Person booleans = read("{\"id\": \"p1\", \"invitePending\": false, \"loginEnabled\": true}", Person.class);
		Person strings = read("{\"id\": \"p1\", \"invitePending\": \"true\", \"loginEnabled\": \"false\"}",
				Person.class);

		assertThat(booleans.invitePending()).isFalse();
		assertThat(booleans.loginEnabled()).isTrue();
		assertThat(strings.invitePending()).isTrue();
		assertThat(strings.loginEnabled()).isFalse();
	}

	@Test
	void personWhenPresenceAndKindAreNewToTheClientThenUnknownAndNullAndListsEmpty() {
		Person person = read("{\"id\": \"p1\", \"status\": \"focusing\", \"type\": \"robot\","
				+ " \"phoneNumbers\": [{\"type\": \"pager\", \"value\": \"123\"}]}", Person.class);

		assertThat(person.status()).isEqualTo(Person.Status.UNKNOWN);
		assertThat(person.type()).isNull();
		assertThat(person.phoneNumbers()).containsExactly(new Person.PhoneNumber(null, "123", false));
		assertThat(person.emails()).isEmpty();
		assertThat(person.roles()).isEmpty();
		assertThat(person.invitePending()).isNull();
	}

	@Test
	void attachmentActionWhenInputsHoldOtherJsonValuesThenTheyAreKeptAndTyped() {
		AttachmentAction action = read("{\"id\": \"a1\", \"type\": \"submit\", \"messageId\": \"m1\","
				+ " \"inputs\": {\"qty\": 3, \"gift\": true, \"note\": \"x\", \"extra\": {\"k\": [1, 2]}}}",
				AttachmentAction.class);
		AttachmentAction empty = read("{\"id\": \"a2\", \"type\": \"submit\"}", AttachmentAction.class);

		assertThat(action.inputs().number("qty")).hasValue(new BigDecimal(3));
		assertThat(action.inputs().bool("gift")).hasValue(true);
		assertThat(action.inputs().string("note")).hasValue("x");
		assertThat(action.inputs().object("extra").orElseThrow().asMap()).isEqualTo(Map.of("k", java.util.List.of(1, 2)));
		assertThat(empty.inputs().names()).isEmpty();
	}

	@Test
	void eventWhenTheResourceIsNewToTheClientThenItIsKeptAndDataIsNeverNull() {
		Event event = read("{\"id\": \"e1\", \"resource\": \"whiteboards\", \"type\": \"archived\","
				+ " \"created\": \"2026-01-02T03:04:05.678Z\"}", Event.class);

		assertThat(event.resource()).isEqualTo(Event.Resource.of("whiteboards"));
		assertThat(event.type()).isEqualTo(Event.Type.of("archived"));
		assertThat(event.data().names()).isEmpty();
		assertThat(read("{\"id\": \"e2\", \"resource\": \"\"}", Event.class).resource()).isNull();
	}

	@Test
	void organizationWhenCreatedHasAnOffsetAsTheAdminDocumentShowsThenItIsAnInstant() {
		Organization organization = read("{\"id\": \"o1\", \"created\": \"2015-10-18T14:26:16+00:00\"}",
				Organization.class);

		assertThat(organization.created()).isEqualTo(Instant.parse("2015-10-18T14:26:16Z"));
	}

	@Test
	void membershipWhenTheRoomTypeIsNewToTheClientThenNullAndMissingFlagsFalse() {
		Membership membership = read("{\"id\": \"m1\", \"roomId\": \"r1\", \"roomType\": \"hologram\"}",
				Membership.class);

		assertThat(membership.roomType()).isNull();
		assertThat(membership.isRoomHidden()).isFalse();
		assertThat(membership.isMonitor()).isFalse();
	}

	private static <T> T read(String json, Class<T> type) {
		return Json.read(new RawResponse(200, HttpHeaders.of(Map.of(), (name, value) -> true),
				json.getBytes(StandardCharsets.UTF_8), "t"), type, "t");
	}

}
