package io.webexkit.spring.webhooks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexException;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.Message;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexClients;

/**
 * Reads the message a {@code messages}/{@code created} delivery is about ({@code GET /messages/{id}}), with the
 * owner's grant. Webex's API may not show a message yet when its webhook fires: a message not found is looked for
 * again, a few times, briefly.
 */
class MessageLookup {

	private static final Logger log = LoggerFactory.getLogger(MessageLookup.class);

	static final int TRIES = 3;

	static final Duration PAUSE = Duration.ofMillis(200);

	private final WebexClients clients;

	MessageLookup(WebexClients clients) {
		this.clients = clients;
	}

	@Nullable Message find(String personId, @Nullable String messageId) {
		if (messageId == null) {
			return null;
		}
		WebexClient client = this.clients.forPerson(personId);
		for (int attempt = 1; attempt <= TRIES; attempt++) {
			try {
				return client.messages().get(messageId);
			}
			catch (WebexNotFoundException ex) {
				// not visible yet: look again
			}
			catch (WebexException | GrantRequiredException ex) {
				log.info("Webex webhook: the new message could not be read for the event ({})",
						ex.getClass().getSimpleName());
				return null;
			}
			if (attempt < TRIES && !pause()) {
				return null;
			}
		}
		log.info("Webex webhook: the new message was not found after {} tries", TRIES);
		return null;
	}

	private static boolean pause() {
		try {
			Thread.sleep(PAUSE.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
