package io.webexkit.client.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageRequestTests {

	@Test
	void buildWhenTwoDestinationsThenRejectedWithClearMessage() {
		MessageRequest.Builder builder = MessageRequest.builder().roomId("r").toPersonEmail("bob@example.com").text("hi");

		assertThatIllegalArgumentException().isThrownBy(builder::build)
			.withMessage("A message needs exactly one of roomId, toPersonId or toPersonEmail, got 2");
	}

	@Test
	void buildWhenNoDestinationThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().text("hi").build())
			.withMessageContaining("exactly one of roomId, toPersonId or toPersonEmail, got 0");
	}

	@Test
	void buildWhenNoTextNorMarkdownThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().roomId("r").build())
			.withMessage("A message needs text, markdown or a file");
	}

	@Test
	void textWhenOverTheLimitInUtf8BytesThenRejectedAtOnce() {
		// 2,480 characters but 7,440 bytes: the limit is in bytes, not characters.
		String tooLong = "€".repeat(2480);

		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().text(tooLong))
			.withMessage("text is 7440 UTF-8 bytes; Webex accepts at most 7439");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().markdown("a".repeat(7440)))
			.withMessageContaining("markdown is 7440 UTF-8 bytes");
	}

	@Test
	void textWhenExactlyAtTheLimitThenAccepted() {
		MessageRequest request = MessageRequest.builder().toPersonId("p").text("a".repeat(7439)).build();

		assertThat(request.text()).hasSize(7439);
		assertThat(request.toPersonId()).isEqualTo("p");
		assertThat(request.roomId()).isNull();
	}

	@Test
	void builderWhenArgumentIsNullOrBlankThenRejectedAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().roomId(null));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().roomId(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().text(""));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageRequest.builder().toPersonEmail("not-an-email"));
	}

	@Test
	void builderWhenSettersCalledAsStatementsThenBuildSeesThemAndEarlierRequestsStay() {
		MessageRequest.Builder builder = MessageRequest.builder();
		builder.roomId("r");
		builder.text("hello");
		MessageRequest hello = builder.build();
		builder.markdown("**bye**");

		assertThat(hello.fields()).containsOnlyKeys("roomId", "text");
		assertThat(builder.build().fields()).containsOnlyKeys("roomId", "text", "markdown");
	}

	@Test
	void toStringWhenCalledThenTheMessageTextIsNotShown() {
		MessageRequest request = MessageRequest.builder().roomId("r").text("private words").build();

		assertThat(request.toString()).doesNotContain("private words");
	}

}
