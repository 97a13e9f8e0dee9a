package io.webexkit.client;

import java.util.Set;

import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.AttachmentActionRequest;

/**
 * The {@code /attachment/actions} endpoints: card submissions. Webex delivers a submission's id to an
 * {@code attachmentActions} webhook; {@link #get} reads what was entered.
 */
public final class AttachmentActions {

	private static final String PATH = "/attachment/actions";

	private final Endpoint<AttachmentAction> endpoint;

	AttachmentActions(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, Messages.READ_SCOPE, Set.of(), AttachmentAction.class);
	}

	/** What was submitted, by whom, on which card message. */
	public AttachmentAction get(String actionId) {
		return this.endpoint.get(actionId);
	}

	/** Submits a card as the caller (Webex answers 202); not retried after 5xx or timeouts. */
	public AttachmentAction create(AttachmentActionRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.create(Messages.WRITE_SCOPE, request.fields());
	}

}
