package io.webexkit.spring.webhooks;

import java.time.Duration;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexException;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.Message;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexClients;

/**
 * Reads what a delivery is about, with the owner's grant: the message of a {@code messages}/{@code created}
 * ({@code GET /messages/{id}}) and the submission of an {@code attachmentActions}/{@code created}
 * ({@code GET /attachment/actions/{id}}); Webex leaves their content out of the delivery. Webex's API may not show
 * the resource yet when its webhook fires: one not found is looked for again, a few times, briefly.
 */
class ResourceLookup {

	private static final Logger log = LoggerFactory.getLogger(ResourceLookup.class);

	static final int TRIES = 3;

	static final Duration PAUSE = Duration.ofMillis(200);

	private final WebexClients clients;

	ResourceLookup(WebexClients clients) {
		this.clients = clients;
	}

	@Nullable Message message(String personId, @Nullable String messageId) {
		return find(personId, messageId, "new message", (client, id) -> client.messages().get(id));
	}

	@Nullable AttachmentAction attachmentAction(String personId, @Nullable String actionId) {
		return find(personId, actionId, "card submission", (client, id) -> client.attachmentActions().get(id));
	}

	private <T> @Nullable T find(String personId, @Nullable String id, String what,
			BiFunction<WebexClient, String, T> read) {
		if (id == null) {
			return null;
		}
		WebexClient client = this.clients.forPerson(personId);
		for (int attempt = 1; attempt <= TRIES; attempt++) {
			try {
				return read.apply(client, id);
			}
			catch (WebexNotFoundException ex) {
				// not visible yet: look again
			}
			catch (WebexException | GrantRequiredException ex) {
				log.info("Webex webhook: the {} could not be read for the event ({})", what,
						ex.getClass().getSimpleName());
				return null;
			}
			if (attempt < TRIES && !pause()) {
				return null;
			}
		}
		log.info("Webex webhook: the {} was not found after {} tries", what, TRIES);
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
