package io.webexkit.spring.webhooks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexException;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexClients;

/**
 * Reads the message a {@code messages}/{@code created} delivery is about, with the owner's grant. Webex's API may
 * not show a message yet when its webhook fires: a message not found is looked for again, a few times, briefly. The
 * client reads messages by space, so the message is looked for among the space's newest ones.
 */
class MessageLookup {

	private static final Logger log = LoggerFactory.getLogger(MessageLookup.class);

	static final int TRIES = 3;

	static final Duration PAUSE = Duration.ofMillis(200);

	private static final int NEWEST = 50;

	private final WebexClients clients;

	MessageLookup(WebexClients clients) {
		this.clients = clients;
	}

	@Nullable Message find(String personId, @Nullable String roomId, @Nullable String messageId) {
		if (roomId == null || messageId == null) {
			return null;
		}
		WebexClient client = this.clients.forPerson(personId);
		for (int attempt = 1; attempt <= TRIES; attempt++) {
			try {
				for (Message message : client.messages().list(MessageQuery.builder(roomId).max(NEWEST).build()).items()) {
					if (messageId.equals(message.id())) {
						return message;
					}
				}
			}
			catch (WebexNotFoundException ex) {
				// not visible yet: as not listed
			}
			catch (WebexException | GrantRequiredException ex) {
				log.info("Webex webhook: the new message could not be read for the event ({})", ex.getClass().getSimpleName());
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
