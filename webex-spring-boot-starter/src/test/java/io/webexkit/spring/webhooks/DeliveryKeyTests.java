package io.webexkit.spring.webhooks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.webexkit.client.WebhookEvents;
import io.webexkit.client.model.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryKeyTests {

	private static WebhookEvent parse(String json) {
		return WebhookEvents.parse(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void keyWhenDeliveryThenRegistrationEnvelopeIdDataIdAndEvent() {
		WebhookEvent event = parse("{\"id\":\"W1\",\"resource\":\"messages\",\"event\":\"created\","
				+ "\"data\":{\"id\":\"M1\",\"roomId\":\"R1\"}}");
		assertThat(DeliveryKey.of("k1", event)).isEqualTo(new DeliveryKey("k1", "W1", "M1", "created"));
	}

	@Test
	void keyWhenSameEventAgainWithOtherWhitespaceOrExtraFieldsThenSameKey() {
		WebhookEvent first = parse("{\"id\":\"W1\",\"event\":\"created\",\"data\":{\"id\":\"M1\"}}");
		WebhookEvent again = parse("{ \"id\" : \"W1\",\n \"event\":\"created\", \"status\":\"active\", "
				+ "\"data\" : { \"id\":\"M1\", \"roomId\":\"R9\" } }");
		assertThat(DeliveryKey.of("k1", again)).isEqualTo(DeliveryKey.of("k1", first));
	}

	@Test
	void keyWhenAnyPartDiffersThenDifferentKey() {
		WebhookEvent event = parse("{\"id\":\"W1\",\"event\":\"created\",\"data\":{\"id\":\"M1\"}}");
		DeliveryKey key = DeliveryKey.of("k1", event);
		assertThat(DeliveryKey.of("k2", event)).isNotEqualTo(key);
		assertThat(DeliveryKey.of("k1", parse("{\"id\":\"W2\",\"event\":\"created\",\"data\":{\"id\":\"M1\"}}")))
			.isNotEqualTo(key);
		assertThat(DeliveryKey.of("k1", parse("{\"id\":\"W1\",\"event\":\"created\",\"data\":{\"id\":\"M2\"}}")))
			.isNotEqualTo(key);
		assertThat(DeliveryKey.of("k1", parse("{\"id\":\"W1\",\"event\":\"deleted\",\"data\":{\"id\":\"M1\"}}")))
			.isNotEqualTo(key);
	}

	@Test
	void keyWhenValuesMissingThenEmptyNotNull() {
		assertThat(DeliveryKey.of("k1", parse("{}"))).isEqualTo(new DeliveryKey("k1", "", "", ""));
	}

}
