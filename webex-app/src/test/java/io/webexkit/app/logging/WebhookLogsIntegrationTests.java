package io.webexkit.app.logging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.Browser;
import io.webexkit.app.EventStream;
import io.webexkit.app.ReceivedWebhooks;
import io.webexkit.app.WebhooksIntegrationTest;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexGrants;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulator mode with webhooks on, everything logged: a webhook's signing secret (whoever has it can forge
 * deliveries) appears in no log line at TRACE, and what people write in no line at DEBUG, neither in clear nor as
 * the hex bytes Spring prints bodies as.
 */
@WebhooksIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WebhookLogsIntegrationTests {

	static final int PORT = ReceivedWebhooks.sharedPort();

	/** Loggers the app once pinned at INFO, each of which printed a secret at DEBUG or TRACE. */
	private static final List<String> PINNED = List.of("org.springframework.web.client.DefaultRestClient",
			"org.apache.coyote.http11.Http11InputBuffer", "org.apache.tomcat.util.http.Parameters");

	@Autowired
	WebexSimulator simulator;

	@Autowired
	WebexClients clients;

	@Autowired
	WebexGrants grants;

	@Test
	@Tag("E4")
	void webhookRegisteredWhenEverythingAtTraceThenItsSecretIsInNoLogLine(CapturedOutput output) { // E4
		List<SimulatedPerson> people = this.simulator.users();
		String person = people.get(people.size() - 1).id();
		try {
			at(LogLevel.TRACE, () -> GrantFlow.connect(new Browser(PORT), person));
			String secret = this.clients.forPerson(person).webhooks().list().items().get(0).secret();

			assertThat(secret).isNotBlank();
			assertThat(output.getAll()).as("TRACE logging was on").contains(" TRACE ").contains("/v1/webhooks");
			assertThat(linesWithAnyOf(output.getAll(), secret)).isEmpty();
		}
		finally {
			this.grants.disconnect(person); // the other tests of this context connect one person
		}
	}

	@Test
	void messagesPostedAndPushedWhenEverythingAtDebugThenTheirTextIsInNoLogLine(CapturedOutput output)
			throws Exception {
		Browser browser = new Browser(PORT);
		List<SimulatedPerson> people = this.simulator.users();
		String person = people.get(0).id();
		GrantFlow.connect(browser, person);
		Room room = this.clients.forPerson(person).rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
		// short: Spring's DEBUG lines show the first 100 characters of a body
		String direct = "Hush " + UUID.randomUUID().toString().substring(0, 8);
		String posted = "Hush " + UUID.randomUUID().toString().substring(0, 8);
		try (EventStream stream = browser.stream("/spaces/" + room.id() + "/live")) {
			assertThat(stream.next("ready", Duration.ofSeconds(10))).isNotNull();
			String csrf = Browser.hiddenInputs(browser.get("/spaces/" + room.id()).body()).get("_csrf");
			at(LogLevel.DEBUG, () -> {
				this.clients.forPerson(person)
					.messages()
					.create(MessageRequest.builder().toPersonEmail(people.get(1).email()).text(direct).build());
				browser.post("/spaces/" + room.id() + "/messages", Map.of("_csrf", csrf, "text", posted));
				EventStream.Event pushed = next(stream);
				assertThat(pushed).as("the posted message, pushed to the open page").isNotNull();
				assertThat(pushed.data()).contains(posted);
			});
		}

		assertThat(output.getAll()).as("DEBUG logging was on").contains(" DEBUG ").contains("/v1/messages");
		assertThat(linesWithAnyOf(output.getAll(), direct, posted)).isEmpty();
	}

	private static EventStream.Event next(EventStream stream) {
		try {
			return stream.next("message", Duration.ofSeconds(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Runs {@code flow} with every logger at {@code level}. */
	private void at(LogLevel level, Runnable flow) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, level);
		PINNED.forEach((name) -> logging.setLogLevel(name, level));
		try {
			flow.run();
		}
		finally {
			PINNED.forEach((name) -> logging.setLogLevel(name, null));
			logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
		}
	}

	/** The log lines that hold any of the values, in clear or as hex bytes, each once. */
	private static List<String> linesWithAnyOf(String log, String... values) {
		List<String> forms = new ArrayList<>();
		for (String value : values) {
			forms.add(value);
			forms.add(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
		}
		return log.lines().filter((line) -> forms.stream().anyMatch(line::contains)).distinct().toList();
	}

}
