package io.webexkit.client.card;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The card builder: the JSON Webex renders, and what Webex would refuse or not render refused here, with why. */
class AdaptiveCardTests {

	@Test
	void buildWhenTheElementsIntegrationsUseThenWebexsAttachment() {
		AdaptiveCard card = AdaptiveCard.builder()
			.add(TextBlock.heading("Deploy 4812?"), FactSet.of(FactSet.Fact.of("Build", "green")),
					Image.of(URI.create("https://example.com/chart.png"), "Chart"),
					TextInput.builder("why").label("Why").required("Say why").build(),
					ChoiceSetInput.builder("env").choice("Staging", "staging").choice("Production", "prod").build())
			.action(SubmitAction.of("Approve"))
			.action(OpenUrlAction.of("Runbook", URI.create("https://wiki.example.com/runbook")))
			.build();

		assertThat(card.toAttachment().isAdaptiveCard()).isTrue();
		assertThat(card.inputIds()).containsExactly("why", "env");
		assertThat(card.json()).contains("\"type\":\"AdaptiveCard\"")
			.contains("\"version\":\"1.3\"")
			.contains("\"type\":\"Input.Text\"")
			.contains("\"isRequired\":true")
			.contains("\"type\":\"Input.ChoiceSet\"")
			.contains("\"type\":\"Action.Submit\"")
			.contains("\"url\":\"https://wiki.example.com/runbook\"");
	}

	@Test
	void buildWhenWebexWouldRefuseOrNotRenderThenRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> AdaptiveCard.builder().build())
			.withMessageContaining("at least one element or action");
		assertThatIllegalArgumentException().isThrownBy(() -> AdaptiveCard.builder().version("1.5"))
			.withMessageContaining("1.0 to 1.3");
		AdaptiveCard.Builder six = AdaptiveCard.builder();
		for (int i = 0; i < 6; i++) {
			six.action(SubmitAction.of("Button " + i));
		}
		assertThatIllegalArgumentException().isThrownBy(six::build).withMessageContaining("at most 5 actions");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AdaptiveCard.builder()
				.add(TextInput.builder("a").build(), TextInput.builder("a").build())
				.build())
			.withMessageContaining("unique");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AdaptiveCard.builder()
				.version("1.2")
				.add(TextInput.builder("a").label("A").build())
				.build())
			.withMessageContaining("need version 1.3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Image.of(URI.create("http://example.com/x.png"), "x"))
			.withMessageContaining("https");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AdaptiveCard.builder().maxBytes(100).add(TextBlock.of("x".repeat(200))).build())
			.withMessageContaining("bytes of JSON");
	}

}
