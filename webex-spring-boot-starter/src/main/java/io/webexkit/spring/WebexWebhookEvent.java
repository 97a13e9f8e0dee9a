package io.webexkit.spring;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.WebhookEvent;

import org.springframework.context.ApplicationEvent;

/**
 * A webhook delivery that passed every check: its signature matched the registration's secret over the exact bytes
 * received, it parsed, and it was not delivered before. Listen with
 * {@code @EventListener void on(WebexWebhookEvent event)}.
 * <p>
 * Listeners run on the request's thread before Webex gets its answer. A listener that throws is logged and Webex
 * still gets 200: the delivery is already recorded as handled, so a retry by Webex would be dropped as a duplicate
 * anyway. A listener with slow work should hand it off.
 */
public class WebexWebhookEvent extends ApplicationEvent {

	private final String personId;

	private final WebhookEvent event;

	private final @Nullable Message message;

	private final @Nullable AttachmentAction attachmentAction;

	/**
	 * @param source what published it
	 * @param personId the person whose webhook it is
	 * @param event the delivery as Webex sent it
	 * @param message for a new message, the message read with the person's grant, or null
	 */
	public WebexWebhookEvent(Object source, String personId, WebhookEvent event, @Nullable Message message) {
		this(source, personId, event, message, null);
	}

	/**
	 * @param source what published it
	 * @param personId the person whose webhook it is
	 * @param event the delivery as Webex sent it
	 * @param message for a new message, the message read with the person's grant, or null
	 * @param attachmentAction for a card submission, the action read with the person's grant, or null
	 */
	public WebexWebhookEvent(Object source, String personId, WebhookEvent event, @Nullable Message message,
			@Nullable AttachmentAction attachmentAction) {
		super(source);
		this.personId = personId;
		this.event = event;
		this.message = message;
		this.attachmentAction = attachmentAction;
	}

	/** The Webex person whose webhook this is: {@code WebexClients.forPerson(personId())} acts for them. */
	public String personId() {
		return this.personId;
	}

	/** The delivery as Webex sent it. */
	public WebhookEvent event() {
		return this.event;
	}

	/**
	 * For {@code messages}/{@code created}: the new message, read with the person's grant (Webex leaves its text out
	 * of the delivery). Null for other events, or when it could not be read (gone, not visible yet after a few short
	 * tries, or Webex failing).
	 */
	public @Nullable Message message() {
		return this.message;
	}

	/**
	 * For {@code attachmentActions}/{@code created}: the card submission, with its inputs, read with the person's
	 * grant (Webex leaves the inputs out of the delivery). Null for other events, or when it could not be read.
	 */
	public @Nullable AttachmentAction attachmentAction() {
		return this.attachmentAction;
	}

	@Override
	public String toString() {
		return "WebexWebhookEvent[personId=" + this.personId + ", resource=" + this.event.resource() + ", event="
				+ this.event.event() + ", dataId=" + this.event.data().id() + "]";
	}

}
