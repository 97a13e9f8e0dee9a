package io.webexkit.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookFilterTests {

	private static final Map<String, Object> DATA = Map.of("id", "m1", "roomId", "Y2lz+room/1", "roomType", "group",
			"personId", "p1", "personEmail", "Sam.Patel@example.com");

	@Test
	void matchesWhenNoFilterThenEverything() {
		assertThat(WebhookFilter.parse(null).matches(DATA)).isTrue();
		assertThat(WebhookFilter.parse("").matches(DATA)).isTrue();
	}

	@Test
	void matchesWhenRoomIdThenOnlyThatRoomAndPlusSignsKept() {
		assertThat(WebhookFilter.parse("roomId=Y2lz+room/1").matches(DATA)).isTrue();
		assertThat(WebhookFilter.parse("roomId=Y2lz%2Broom%2F1").matches(DATA)).isTrue();
		assertThat(WebhookFilter.parse("roomId=other").matches(DATA)).isFalse();
	}

	@Test
	void matchesWhenSeveralConditionsThenAllMustHold() {
		assertThat(WebhookFilter.parse("roomId=Y2lz+room/1&personEmail=sam.patel%40example.com").matches(DATA))
			.isTrue();
		assertThat(WebhookFilter.parse("roomId=Y2lz+room/1&roomType=direct").matches(DATA)).isFalse();
	}

	@Test
	void matchesWhenUnknownOrMalformedKeysThenIgnored() {
		assertThat(WebhookFilter.parse("mentionedPeople=me&hasFiles=true&junk&=x&roomId=Y2lz+room/1").matches(DATA))
			.isTrue();
	}

}
