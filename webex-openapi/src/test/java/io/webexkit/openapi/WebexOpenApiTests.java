package io.webexkit.openapi;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebexOpenApiTests {

	private final WebexOpenApi spec = WebexOpenApi.messaging();

	@Test
	void operationsWhenMessagingThenFiftyNineInTwelveTags() {
		assertThat(this.spec.operations()).hasSize(59);
		assertThat(this.spec.operations()).extracting(SpecOperation::tag).containsOnly("People", "Rooms",
				"Memberships", "Messages", "Teams", "Team Memberships", "Room Tabs", "Webhooks", "Attachment Actions",
				"Events", "HDS", "ECM folder linking");
	}

	@Test
	void operationsWhenAdminThenTheReadsAPeopleCreateNeedsAreThere() {
		WebexOpenApi admin = WebexOpenApi.admin();
		for (String key : java.util.List.of("GET /licenses", "GET /licenses/{licenseId}", "GET /roles",
				"GET /roles/{roleId}", "GET /organizations", "GET /organizations/{orgId}")) {
			assertThat(admin.operations()).extracting(SpecOperation::key).contains(key);
		}
	}

	@Test
	void operationWhenConcretePathThenTheTemplateItMatches() {
		assertThat(this.spec.operation("GET", "/rooms/Y2lzY29")).hasValueSatisfying(
				(operation) -> assertThat(operation.key()).isEqualTo("GET /rooms/{roomId}"));
		assertThat(this.spec.operation("GET", "/messages/direct")).hasValueSatisfying(
				(operation) -> assertThat(operation.key()).isEqualTo("GET /messages/direct"));
		assertThat(this.spec.operation("PATCH", "/rooms/Y2lzY29")).isEmpty();
		assertThat(this.spec.operation("GET", "/rooms/")).isEmpty();
	}

	@Test
	void responseProblemsWhenTheBodyIsWhatTheDocumentSaysThenNone() {
		String room = """
				{"id": "Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0",
				 "title": "Project Unicorn - Sprint 0", "type": "group", "isLocked": true,
				 "lastActivity": "2016-04-21T19:12:48.920Z", "creatorId": "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY",
				 "created": "2016-04-21T19:01:55.966Z", "ownerId": "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE",
				 "isPublic": false, "isReadOnly": false}""";
		assertThat(this.spec.responseProblems("GET", "/rooms/abc", 200, "application/json",
				room.getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void responseProblemsWhenAFieldHasTheWrongTypeOrTheStatusIsUndocumentedThenSaid() {
		String room = "{\"id\": \"abc\", \"title\": 42, \"isLocked\": \"yes\"}";
		assertThat(this.spec.responseProblems("GET", "/rooms/abc", 200, "application/json",
				room.getBytes(StandardCharsets.UTF_8))).isNotEmpty()
			.anySatisfy((problem) -> assertThat(problem).contains("isLocked"));
		assertThat(this.spec.responseProblems("GET", "/rooms/abc", 299, "application/json", new byte[0]))
			.isNotEmpty();
	}

	@Test
	void responseProblemsWhenAnErrorIsWebexsJsonErrorThenNoneElseSaid() {
		String error = "{\"message\": \"The requested resource could not be found.\", \"errors\": [{\"description\": "
				+ "\"The requested resource could not be found.\"}], \"trackingId\": \"ROUTER_5F0C\"}";
		assertThat(this.spec.responseProblems("GET", "/rooms/abc", 404, "application/json",
				error.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(this.spec.responseProblems("GET", "/rooms/abc", 404, "text/html",
				"<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		assertThat(this.spec.responseProblems("GET", "/rooms/abc", 404, "application/json",
				"{\"message\": \"gone\"}".getBytes(StandardCharsets.UTF_8)))
			.singleElement()
			.asString()
			.contains("trackingId");
	}

	@Test
	void responseProblemsWhenWebexsOwnDeviationThenAllowedButNothingElse() {
		String webhook = """
				{"id": "w1", "name": "n", "targetUrl": "https://example.com/h", "resource": "messages",
				 "event": "created", "status": "active", "created": "2026-01-01T00:00:00.000Z",
				 "orgId": "o", "createdBy": "p", "appId": "a"}""";
		assertThat(this.spec.responseProblems("GET", "/webhooks/w1", 200, "application/json",
				webhook.getBytes(StandardCharsets.UTF_8))).isEmpty();
		String unknown = webhook.replace("\"appId\": \"a\"", "\"appId\": \"a\", \"color\": \"red\"");
		assertThat(this.spec.responseProblems("GET", "/webhooks/w1", 200, "application/json",
				unknown.getBytes(StandardCharsets.UTF_8))).singleElement().asString().contains("color");
	}

}
