package io.webexkit.client.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Webex's mention markup, written so that a name can never end it early or inject another mention. */
class MentionsTests {

	@Test
	void mentionsWhenWrittenThenWebexsMarkup() {
		assertThat(Mentions.person("sam@example.com")).isEqualTo("<@personEmail:sam@example.com>");
		assertThat(Mentions.person("Y2lzY29", "Sam Patel")).isEqualTo("<@personId:Y2lzY29|Sam Patel>");
		assertThat(Mentions.personEmail("sam@example.com", "Sam")).isEqualTo("<@personEmail:sam@example.com|Sam>");
		assertThat(Mentions.all()).isEqualTo("<@all>");
	}

	@Test
	void mentionsWhenTheNameCarriesMarkupThenItCannotEndTheMention() {
		assertThat(Mentions.person("p1", "Sam> <@all")).isEqualTo("<@personId:p1|Sam @all>");
		assertThat(Mentions.person("p1", "a|b\nc")).isEqualTo("<@personId:p1|a b c>");
		assertThatIllegalArgumentException().isThrownBy(() -> Mentions.person("p1>", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> Mentions.person("not-an-address"));
	}

}
