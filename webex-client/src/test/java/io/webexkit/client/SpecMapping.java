package io.webexkit.client;

import java.util.List;
import java.util.Map;

import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.AttachmentActionRequest;
import io.webexkit.client.model.DirectMessageQuery;
import io.webexkit.client.model.Event;
import io.webexkit.client.model.EventQuery;
import io.webexkit.client.model.License;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.MembershipQuery;
import io.webexkit.client.model.MembershipRequest;
import io.webexkit.client.model.MembershipUpdate;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.MessageUpdate;
import io.webexkit.client.model.Organization;
import io.webexkit.client.model.Person;
import io.webexkit.client.model.PersonQuery;
import io.webexkit.client.model.PersonRequest;
import io.webexkit.client.model.Role;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomMeetingInfo;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomRequest;
import io.webexkit.client.model.RoomTab;
import io.webexkit.client.model.RoomTabRequest;
import io.webexkit.client.model.RoomUpdate;
import io.webexkit.client.model.Team;
import io.webexkit.client.model.TeamMembership;
import io.webexkit.client.model.TeamMembershipRequest;
import io.webexkit.client.model.TeamRequest;
import io.webexkit.client.model.Webhook;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.client.model.WebhookUpdate;

/**
 * Which client type mirrors which schema, parameter set or request body of Webex's documents, and every deliberate
 * difference with its reason. Keys are {@code Schema.property}, nested as {@code Person.phoneNumbers[].type}, or
 * {@code METHOD /path property} for parameters and request bodies.
 */
final class SpecMapping {

	private SpecMapping() {
	}

	/** Response schemas of the Messaging document and the records that read them. */
	static final Map<String, Class<?>> RECORDS = Map.ofEntries(Map.entry("Person", Person.class),
			Map.entry("Room", Room.class), Map.entry("RoomMeetingDetails", RoomMeetingInfo.class),
			Map.entry("Membership", Membership.class), Map.entry("Team", Team.class),
			Map.entry("TeamMembership", TeamMembership.class), Map.entry("RoomTab", RoomTab.class),
			Map.entry("AttachmentActivity", AttachmentAction.class), Map.entry("Event", Event.class),
			Map.entry("Webhook", Webhook.class), Map.entry("ListMessage", Message.class),
			Map.entry("Message", Message.class), Map.entry("DirectMessage", Message.class));

	private static final String MESSAGE_ATTACHMENT = "the document's Attachment schema describes an ECM file, but Webex's "
			+ "message attachments are {contentType, content} as every example of the document shows";

	private static final String DIRECT_MESSAGE = "a direct message is a message: real Webex answers it with the same "
			+ "members as ListMessage; the DirectMessage schema lists fewer";

	/** Document properties the client does not map. */
	static final Map<String, String> IGNORED = Map.of("PersonCollectionResponse.notFoundIds",
			"a Page holds items only; the ids not found are those asked for that no item has");

	/** Document enums kept as text, where any value Webex sends must come through. */
	static final Map<String, String> TEXT = Map.of("AttachmentActivity.type",
			"one documented value (submit); requests always send it, reads keep any new one",
			"Webhook.resource", "webhooks are created with any resource Webex adds, so reads keep them as text too",
			"Webhook.event", "as resource: plain text so that new events work at once");

	/** Record components that are no document property. */
	static final Map<String, String> DERIVED = Map.ofEntries(
			Map.entry("Room.titleUnreadable", "derived from the item's errors.title, Webex's kms_failure report"),
			Map.entry("Webhook.orgId", "real Webex sends it, as in every webhook delivery; the document's schema lacks it"),
			Map.entry("Webhook.createdBy", "real Webex sends it; the document's schema lacks it"),
			Map.entry("Webhook.appId", "real Webex sends it; the document's schema lacks it"),
			// One Message record reads all three message schemas: each lacks some of what the others have.
			Map.entry("ListMessage.toPersonId", "in the answer to a 1:1 post (the document's Message schema has it)"),
			Map.entry("ListMessage.toPersonEmail", "in the answer to a 1:1 post (the document's Message schema has it)"),
			Map.entry("ListMessage.attachments[].contentType", MESSAGE_ATTACHMENT),
			Map.entry("Message.attachments[].contentType", MESSAGE_ATTACHMENT),
			Map.entry("Message.parentId", "the create answer carries it for a reply (ListMessage has it)"),
			Map.entry("Message.html", "real Webex answers a create with html as every read (ListMessage has it)"),
			Map.entry("Message.updated", "only set once edited, so absent from a create answer (ListMessage has it)"),
			Map.entry("Message.isVoiceClip", "as for updated: ListMessage has it"),
			Map.entry("DirectMessage.parentId", "direct listings hold threads too (parentId filters them)"),
			Map.entry("DirectMessage.toPersonId", DIRECT_MESSAGE), Map.entry("DirectMessage.toPersonEmail", DIRECT_MESSAGE),
			Map.entry("DirectMessage.html", DIRECT_MESSAGE), Map.entry("DirectMessage.mentionedPeople", DIRECT_MESSAGE),
			Map.entry("DirectMessage.mentionedGroups", DIRECT_MESSAGE),
			Map.entry("DirectMessage.attachments", "the document's own DirectMessage example has attachments"),
			Map.entry("DirectMessage.updated", "the document's own DirectMessage example has updated"),
			Map.entry("DirectMessage.isVoiceClip", "the document's own DirectMessage example has isVoiceClip"));

	/**
	 * The admin document's schemas (licenses, roles, organizations are not in the vendored Messaging document), as
	 * developer.webex.com's reference lists their properties.
	 */
	static final Map<Class<?>, List<String>> ADMIN = Map.of(License.class,
			List.of("id", "name", "totalUnits", "consumedUnits", "consumedByUsers", "consumedByWorkspaces",
					"subscriptionId", "siteUrl", "siteType"),
			Role.class, List.of("id", "name"), Organization.class, List.of("id", "displayName", "created"));

	/** Admin properties left out: {@code users} comes only with {@code includeAssignedTo}, which is not sent. */
	static final Map<String, String> ADMIN_IGNORED = Map.of("License.users",
			"only answered with includeAssignedTo=user, a paged listing of its own that the client does not send");

	/** List operations whose filters are a query record's components. */
	static final Map<String, Class<?>> QUERIES = Map.of("GET /people", PersonQuery.class, "GET /rooms",
			RoomQuery.class, "GET /memberships", MembershipQuery.class, "GET /events", EventQuery.class,
			"GET /messages", MessageQuery.class, "GET /messages/direct", DirectMessageQuery.class);

	/** Query parameters the resource methods take as arguments (their values are checked in the operations table). */
	static final Map<String, List<String>> ARGUMENTS = Map.of("GET /teams", List.of("max"), "GET /team/memberships",
			List.of("teamId", "max"), "GET /room/tabs", List.of("roomId"), "GET /webhooks", List.of("max"));

	/** Wire names whose query component is named otherwise. */
	static final Map<String, String> ALIASES = Map.of("GET /people id", "ids");

	/** Query parameters the client does not send. */
	static final Map<String, String> IGNORED_PARAMETERS = Map.of("GET /webhooks ownedBy",
			"organization-wide webhooks of admins; Webhooks.list lists the caller's own", "GET /people/me callingData",
			"Webex Calling details for admins: PersonQuery.callingData lists them", "GET /people/{personId} callingData",
			"as for /people/me", "POST /people callingData", "Webex Calling provisioning is the Calling API's",
			"POST /people minResponse", "the client returns the created person, which needs the full answer",
			"PUT /people/{personId} callingData", "as for POST /people", "PUT /people/{personId} showAllTypes",
			"only for attendee site roles, which the full update carries in siteUrls anyway",
			"PUT /people/{personId} minResponse", "as for POST /people", "GET /teams/{teamId} description",
			"the document gives a read of one team a description filter, which selects nothing");

	/** Request bodies and the types that build them. */
	static final Map<String, Class<?>> REQUESTS = Map.ofEntries(Map.entry("POST /people", PersonRequest.class),
			Map.entry("PUT /people/{personId}", PersonRequest.class), Map.entry("POST /rooms", RoomRequest.class),
			Map.entry("PUT /rooms/{roomId}", RoomUpdate.class), Map.entry("POST /memberships", MembershipRequest.class),
			Map.entry("PUT /memberships/{membershipId}", MembershipUpdate.class),
			Map.entry("POST /teams", TeamRequest.class), Map.entry("PUT /teams/{teamId}", TeamRequest.class),
			Map.entry("POST /team/memberships", TeamMembershipRequest.class),
			Map.entry("POST /room/tabs", RoomTabRequest.class), Map.entry("PUT /room/tabs/{id}", RoomTabRequest.class),
			Map.entry("POST /attachment/actions", AttachmentActionRequest.class),
			Map.entry("POST /webhooks", WebhookRequest.class), Map.entry("PUT /webhooks/{webhookId}", WebhookUpdate.class),
			Map.entry("POST /messages", MessageRequest.class),
			Map.entry("PUT /messages/{messageId}", MessageUpdate.class));

	/** Request fields no type holds, and why. */
	static final Map<String, String> IGNORED_FIELDS = Map.of("PUT /people/{personId} nickName",
			"Webex sets it from firstName on every update; it cannot be written", "POST /attachment/actions type",
			"always submit, the one type Webex takes", "PUT /team/memberships/{membershipId} isModerator",
			"the one field: TeamMemberships.update takes it as an argument");

}
