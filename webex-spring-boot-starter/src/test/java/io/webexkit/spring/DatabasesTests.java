package io.webexkit.spring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabasesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:h2:file:./data/webex;DB_CLOSE_ON_EXIT=FALSE | true
			jdbc:h2:mem:test                                | true
			jdbc:h2:./data/webex                            | true
			jdbc:h2:tcp://db.example:9092/webex             | false
			jdbc:h2:ssl://db.example/webex                  | false
			jdbc:h2:file:/srv/webex;AUTO_SERVER=TRUE        | false
			jdbc:h2:zip:/srv/webex.zip!/webex               | false
			jdbc:postgresql://localhost:5432/webex          | false
			""")
	void embeddedWhenUrlThenOnlyAnH2DatabaseNoOtherProcessCanOpen(String url, boolean embedded) {
		assertThat(Databases.embedded(url)).isEqualTo(embedded);
	}

}
