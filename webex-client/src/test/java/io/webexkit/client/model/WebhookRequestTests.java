package io.webexkit.client.model;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The create and update requests of a webhook: required fields, what is sent, and what is never shown. */
class WebhookRequestTests {

	private static final Webhook INACTIVE = new Webhook("w1", "Members", "https://example.com/hook", "memberships",
			"all", "roomId=r1", "s3cret", WebhookStatus.INACTIVE, Instant.parse("2024-05-01T10:00:00Z"), "o1", "p1",
			"a1", "org");

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t" })
	void builderWhenARequiredValueIsBlankThenRejectedNamingIt(String blank) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookRequest.builder(blank, "https://example.com/hook", "messages", "created"))
			.withMessage("name must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookRequest.builder("n", blank, "messages", "created"))
			.withMessage("targetUrl must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookRequest.builder("n", "https://example.com/hook", blank, "created"))
			.withMessage("resource must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookRequest.builder("n", "https://example.com/hook", "messages", blank))
			.withMessage("event must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder(blank, "https://example.com/hook"))
			.withMessage("name must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder("n", blank))
			.withMessage("targetUrl must not be blank");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " " })
	void builderWhenAnOptionalValueIsBlankThenRejectedAtOnce(String blank) {
		WebhookRequest.Builder create = WebhookRequest.builder("n", "https://example.com/hook", "messages", "created");
		WebhookUpdate.Builder update = WebhookUpdate.builder("n", "https://example.com/hook");

		assertThatIllegalArgumentException().isThrownBy(() -> create.filter(blank)).withMessage("filter must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> create.secret(blank)).withMessage("secret must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> create.ownedBy(blank));
		assertThatIllegalArgumentException().isThrownBy(() -> update.secret(blank));
		assertThatIllegalArgumentException().isThrownBy(() -> update.name(blank));
		assertThatIllegalArgumentException().isThrownBy(() -> update.targetUrl(blank));
	}

	@Test
	void constructorWhenOptionalValueIsBlankThenRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookRequest("n", "https://example.com/hook", "messages", "created", " ", null, null))
			.withMessage("filter must not be blank when given");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookUpdate("n", "https://example.com/hook", "", null, null))
			.withMessage("secret must not be blank when given");
	}

	@Test
	void builderWhenSettersCalledAsStatementsThenBuildSeesThemAndEarlierRequestsStay() {
		WebhookRequest.Builder builder = WebhookRequest.builder("n", "https://example.com/hook", "telepathy", "foreseen");
		builder.filter("roomId=r1");
		WebhookRequest first = builder.build();
		builder.secret("s3cret");

		assertThat(first.fields()).containsOnlyKeys("name", "targetUrl", "resource", "event", "filter");
		assertThat(first.resource()).isEqualTo("telepathy");
		assertThat(builder.build().fields()).containsEntry("secret", "s3cret").hasSize(6);
	}

	@Test
	void updateBuilderWhenStartedFromAWebhookThenItKeepsItsFieldsUntilChanged() {
		WebhookUpdate kept = WebhookUpdate.builder(INACTIVE).status(WebhookStatus.ACTIVE).build();
		WebhookUpdate moved = WebhookUpdate.builder(INACTIVE).targetUrl("https://example.com/new").build();

		assertThat(kept).isEqualTo(new WebhookUpdate("Members", "https://example.com/hook", "s3cret", "org",
				WebhookStatus.ACTIVE));
		assertThat(kept.fields()).containsExactly(Map.entry("name", "Members"),
				Map.entry("targetUrl", "https://example.com/hook"), Map.entry("secret", "s3cret"),
				Map.entry("ownedBy", "org"), Map.entry("status", "active"));
		assertThat(moved.fields()).containsEntry("targetUrl", "https://example.com/new")
			.containsEntry("name", "Members")
			.doesNotContainKey("status");
	}

	@Test
	void updateBuilderWhenTheWebhookHasNoNameThenRejected() {
		Webhook nameless = new Webhook("w1", null, "https://example.com/hook", "rooms", "all", null, null, null, null,
				null, null, null, null);

		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder(nameless))
			.withMessage("name must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder((Webhook) null));
	}

	@Test
	void toStringWhenASecretIsSetThenItIsNeverShown() {
		WebhookRequest request = WebhookRequest.builder("n", "https://example.com/hook", "messages", "created")
			.secret("top-secret-value")
			.build();
		WebhookUpdate update = WebhookUpdate.builder("n", "https://example.com/hook").secret("top-secret-value").build();

		assertThat(request.toString()).contains("https://example.com/hook", "[redacted]")
			.doesNotContain("top-secret-value");
		assertThat(update.toString()).contains("[redacted]").doesNotContain("top-secret-value");
		assertThat(INACTIVE.toString()).contains("[redacted]").doesNotContain("s3cret");
		assertThat(WebhookUpdate.builder("n", "https://example.com/hook").build().toString()).contains("secret=null");
	}

	@Test
	void statusWhenReadFromWebexThenCaseInsensitiveAndUnknownIsNull() {
		assertThat(WebhookStatus.fromValue("active")).isEqualTo(WebhookStatus.ACTIVE);
		assertThat(WebhookStatus.fromValue("INACTIVE")).isEqualTo(WebhookStatus.INACTIVE);
		assertThat(WebhookStatus.fromValue("suspended")).isNull();
		assertThat(WebhookStatus.fromValue(null)).isNull();
		assertThat(WebhookStatus.ACTIVE.value()).isEqualTo("active");
	}

}
