package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.webexkit.client.model.Webhook;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.client.model.WebhookStatus;
import io.webexkit.client.model.WebhookUpdate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhooksTests {

	private static final String CREATED_ID = "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh";

	private static final String INACTIVE_ID = "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svaW5hY3RpdmU";

	private static final String ROOM_FILTER = "roomId=Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0";

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void createWhenEveryFieldIsSetThenPostsThemAllAndReadsTheWebhook() {
		this.webex.enqueueJson(200, "webhook-created.json");

		Webhook created = this.webex.client()
			.webhooks()
			.create(WebhookRequest
				.builder("New messages in the project space", "https://example.com/webex/events", "messages", "created")
				.filter(ROOM_FILTER)
				.secret("86dacc007724d8ea666f88fc77d918dad9537a15")
				.ownedBy("creator")
				.build());

		RecordedRequest request = this.webex.request(0);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/v1/webhooks");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(body(request)).isEqualTo("{\"name\":\"New messages in the project space\","
				+ "\"targetUrl\":\"https://example.com/webex/events\",\"resource\":\"messages\",\"event\":\"created\","
				+ "\"filter\":\"" + ROOM_FILTER + "\",\"secret\":\"86dacc007724d8ea666f88fc77d918dad9537a15\","
				+ "\"ownedBy\":\"creator\"}");
		assertThat(created.id()).isEqualTo(CREATED_ID);
		assertThat(created.name()).isEqualTo("New messages in the project space");
		assertThat(created.targetUrl()).isEqualTo("https://example.com/webex/events");
		assertThat(created.resource()).isEqualTo("messages");
		assertThat(created.event()).isEqualTo("created");
		assertThat(created.filter()).isEqualTo(ROOM_FILTER);
		assertThat(created.secret()).isEqualTo("86dacc007724d8ea666f88fc77d918dad9537a15");
		assertThat(created.status()).isEqualTo(WebhookStatus.ACTIVE);
		assertThat(created.active()).isTrue();
		assertThat(created.created()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
		assertThat(created.orgId()).startsWith("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi");
		assertThat(created.createdBy()).startsWith("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9m");
		assertThat(created.appId()).startsWith("Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL");
		assertThat(created.ownedBy()).isEqualTo("creator");
	}

	@Test
	void createWhenOptionalFieldsAreNotSetThenTheyAreNotSent() {
		this.webex.enqueueJson(200, "webhook-created.json");

		this.webex.client()
			.webhooks()
			.create(WebhookRequest.builder("All rooms", "https://example.com/hook", "rooms", "all").build());

		assertThat(body(this.webex.request(0))).isEqualTo("{\"name\":\"All rooms\","
				+ "\"targetUrl\":\"https://example.com/hook\",\"resource\":\"rooms\",\"event\":\"all\"}");
	}

	@Test
	void createWhenServerFailsThenItIsNotRetriedSinceTheWebhookMayExist() {
		this.webex.enqueue(new MockResponse.Builder().code(503).build());
		this.webex.enqueueJson(200, "webhook-created.json");

		assertThatExceptionOfType(WebexServerException.class).isThrownBy(() -> this.webex.client()
			.webhooks()
			.create(WebhookRequest.builder("n", "https://example.com/hook", "messages", "created").build()));
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void createWhenForbiddenThenRequiredScopeIsTheReadScopeOfTheResource() {
		this.webex.enqueueJson(403, "error-403.json");

		assertThatExceptionOfType(WebexForbiddenException.class).isThrownBy(() -> this.webex.client()
			.webhooks()
			.create(WebhookRequest.builder("n", "https://example.com/hook", "memberships", "created").build()))
			.satisfies((ex) -> assertThat(ex.requiredScope()).hasValue("spark:memberships_read"));
	}

	@Test
	void createWhenForbiddenForAResourceWithoutAKnownScopeThenNoScopeIsClaimed() {
		this.webex.enqueueJson(403, "error-403.json");
		this.webex.enqueueJson(403, "error-403.json");
		WebexClient client = this.webex.client();

		assertThatExceptionOfType(WebexForbiddenException.class).isThrownBy(() -> client.webhooks()
			.create(WebhookRequest.builder("n", "https://example.com/hook", "all", "all").build()))
			.satisfies((ex) -> assertThat(ex.requiredScope()).isEmpty());
		assertThatExceptionOfType(WebexForbiddenException.class).isThrownBy(() -> client.webhooks().get("w1"))
			.satisfies((ex) -> assertThat(ex.requiredScope()).isEmpty());
	}

	@Test
	void listWhenPagedThenTheNextLinkIsFollowedWithMaxKept() {
		this.webex.enqueue(FakeWebex.json(200, "webhooks-page-1.json")
			.addHeader("Link", "<" + this.webex.url("/webhooks?max=null&cursor=c2") + ">; rel=\"next\"")
			.build());
		this.webex.enqueueJson(200, "webhooks-page-2.json");
		WebexClient client = this.webex.client();

		Page<Webhook> first = client.webhooks().list(2);
		Page<Webhook> second = client.webhooks().page(first.next().orElseThrow());

		assertThat(this.webex.requests()).extracting(RecordedRequest::getTarget)
			.containsExactly("/v1/webhooks?max=2", "/v1/webhooks?max=2&cursor=c2");
		assertThat(first.items()).extracting(Webhook::id).containsExactly(CREATED_ID, INACTIVE_ID);
		assertThat(first.items()).extracting(Webhook::status)
			.containsExactly(WebhookStatus.ACTIVE, WebhookStatus.INACTIVE);
		assertThat(first.items().get(1).active()).isFalse();
		assertThat(second.items()).hasSize(1);
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void streamWhenSeveralPagesThenEveryWebhookOnceAndPagesFetchedOnDemand() {
		this.webex.enqueue(FakeWebex.json(200, "webhooks-page-1.json")
			.addHeader("Link", "<" + this.webex.url("/webhooks?cursor=c2") + ">; rel=\"next\"")
			.build());
		this.webex.enqueueJson(200, "webhooks-page-2.json");

		List<Webhook> webhooks = this.webex.client().webhooks().stream().toList();

		assertThat(webhooks).extracting(Webhook::id)
			.containsExactly(CREATED_ID, INACTIVE_ID, "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZnV0dXJl");
		assertThat(this.webex.requests()).extracting(RecordedRequest::getTarget)
			.containsExactly("/v1/webhooks", "/v1/webhooks?cursor=c2");
	}

	@Test
	void listWhenResourceEventAndStatusAreUnknownThenRawValuesAreKeptAndStatusIsNull() {
		this.webex.enqueueJson(200, "webhooks-page-2.json");

		Webhook future = this.webex.client().webhooks().list().items().get(0);

		assertThat(future.resource()).isEqualTo("telepathy");
		assertThat(future.event()).isEqualTo("foreseen");
		assertThat(future.status()).isNull();
		assertThat(future.active()).isFalse();
		assertThat(future.ownedBy()).isEqualTo("org");
		assertThat(future.created()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
	}

	@Test
	void listWhenMaxIsOutOfRangeThenRejectedBeforeAnyCall() {
		WebexClient client = this.webex.client();

		assertThatIllegalArgumentException().isThrownBy(() -> client.webhooks().list(0))
			.withMessage("max must be between 1 and 1000, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> client.webhooks().list(1001));
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void getWhenIdHasReservedCharactersThenTheyAreEncodedIntoOneSegment() {
		this.webex.enqueueJson(200, "webhook-inactive.json");

		Webhook webhook = this.webex.client().webhooks().get("a/b?c=d");

		assertThat(this.webex.request(0).getMethod()).isEqualTo("GET");
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/webhooks/a%2Fb%3Fc%3Dd");
		assertThat(webhook.status()).isEqualTo(WebhookStatus.INACTIVE);
		assertThat(webhook.event()).isEqualTo("all");
		assertThat(webhook.filter()).isNull();
	}

	@Test
	void updateWhenReactivatingAnInactiveWebhookThenPutsItsFieldsWithStatusActive() {
		this.webex.enqueueJson(200, "webhook-inactive.json");
		this.webex.enqueueJson(200, "webhook-reactivated.json");
		WebexClient client = this.webex.client();

		Webhook inactive = client.webhooks().get(INACTIVE_ID);
		Webhook reactivated = client.webhooks()
			.update(inactive.id(), WebhookUpdate.builder(inactive).status(WebhookStatus.ACTIVE).build());

		RecordedRequest request = this.webex.request(1);
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(request.getTarget()).isEqualTo("/v1/webhooks/" + INACTIVE_ID);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(body(request)).isEqualTo("{\"name\":\"Membership changes\","
				+ "\"targetUrl\":\"https://example.com/webex/members\",\"secret\":\"s3cret\",\"ownedBy\":\"creator\","
				+ "\"status\":\"active\"}");
		assertThat(reactivated.status()).isEqualTo(WebhookStatus.ACTIVE);
		assertThat(reactivated.active()).isTrue();
	}

	@Test
	void updateWhenOnlyNameAndTargetAreGivenThenOnlyTheyAreSent() {
		this.webex.enqueueJson(200, "webhook-reactivated.json");

		this.webex.client()
			.webhooks()
			.update("w 1", WebhookUpdate.builder("Renamed", "https://example.com/new").build());

		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/webhooks/w%201");
		assertThat(body(this.webex.request(0)))
			.isEqualTo("{\"name\":\"Renamed\",\"targetUrl\":\"https://example.com/new\"}");
	}

	@Test
	void updateWhenServerFailsOnceThenTheIdempotentPutIsRetried() {
		this.webex.enqueue(new MockResponse.Builder().code(502).build());
		this.webex.enqueueJson(200, "webhook-reactivated.json");

		Webhook webhook = this.webex.client()
			.webhooks()
			.update(INACTIVE_ID, WebhookUpdate.builder("n", "https://example.com/hook").build());

		assertThat(webhook.id()).isEqualTo(INACTIVE_ID);
		assertThat(this.webex.requests()).extracting(RecordedRequest::getMethod).containsExactly("PUT", "PUT");
	}

	@Test
	void deleteWhenWebexAnswersNoContentThenTheDeleteWasSentToTheWebhook() {
		this.webex.enqueue(new MockResponse.Builder().code(204).build());

		this.webex.client().webhooks().delete(CREATED_ID);

		RecordedRequest request = this.webex.request(0);
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/v1/webhooks/" + CREATED_ID);
		assertThat(request.getBodySize()).isZero();
	}

	@Test
	void deleteWhenTheWebhookIsGoneThenNotFound() {
		this.webex.enqueueJson(404, "error-404.json");

		assertThatExceptionOfType(WebexNotFoundException.class)
			.isThrownBy(() -> this.webex.client().webhooks().delete("gone"));
	}

	@Test
	void callsWhenIdIsBlankThenRejectedBeforeAnyCall() {
		WebexClient client = this.webex.client();

		assertThatIllegalArgumentException().isThrownBy(() -> client.webhooks().get(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> client.webhooks().delete(""));
		assertThatIllegalArgumentException().isThrownBy(() -> client.webhooks().update("w", null));
		assertThatIllegalArgumentException().isThrownBy(() -> client.webhooks().create(null));
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void toStringWhenTheWebhookHasASecretThenTheSecretIsNotShown() {
		this.webex.enqueueJson(200, "webhook-created.json");

		Webhook webhook = this.webex.client().webhooks().get(CREATED_ID);

		assertThat(webhook.toString()).contains(CREATED_ID, "messages", "[redacted]")
			.doesNotContain("86dacc007724d8ea666f88fc77d918dad9537a15");
	}

	private static String body(RecordedRequest request) {
		return request.getBody().string(StandardCharsets.UTF_8);
	}

}
