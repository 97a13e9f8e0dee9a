package io.webexkit.client;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import io.webexkit.client.model.Event;
import io.webexkit.client.model.EventQuery;
import io.webexkit.client.model.MembershipQuery;
import io.webexkit.client.model.PersonQuery;
import io.webexkit.client.model.RoomQuery;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every listing with filters keeps them from page to page: Webex's next links drop filters and say {@code max=null},
 * and the client puts back what the caller asked for. A next link to another collection never gets the token.
 */
class ResourcePagingTests {

	private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	/**
	 * @param first the first request's path and query
	 * @param next the defective next link Webex answers with
	 * @param repaired the second request's path and query
	 */
	record Listing(String name, Function<WebexClient, Stream<?>> stream, String first, String next, String repaired) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<Listing> listings() {
		return List.of(
				new Listing("people by name, roles and location",
						(c) -> c.people()
							.stream(PersonQuery.builder()
								.displayName("Jo")
								.roles(List.of("r1", "r2"))
								.locationId("l1")
								.excludeStatus()
								.max(2)
								.build()),
						"/people?displayName=Jo&roles=r1%2Cr2&locationId=l1&excludeStatus=true&max=2",
						"/people?max=null&cursor=c2",
						"/people?max=2&cursor=c2&displayName=Jo&roles=r1%2Cr2&locationId=l1&excludeStatus=true"),
				new Listing("people of another organization with calling data",
						(c) -> c.people().stream(PersonQuery.builder().orgId("o2").callingData().build()),
						"/people?orgId=o2&callingData=true", "/people?cursor=c2",
						"/people?cursor=c2&orgId=o2&callingData=true"),
				new Listing("public spaces of the organization",
						(c) -> c.rooms().stream(RoomQuery.builder().orgPublicSpaces().from(NEW_YEAR).build()),
						"/rooms?orgPublicSpaces=true&from=2026-01-01T00%3A00%3A00Z", "/rooms?cursor=c2",
						"/rooms?cursor=c2&orgPublicSpaces=true&from=2026-01-01T00%3A00%3A00Z"),
				new Listing("a person's memberships",
						(c) -> c.memberships().stream(MembershipQuery.builder().personEmail("a@example.com").build()),
						"/memberships?personEmail=a%40example.com", "/memberships?cursor=c2",
						"/memberships?cursor=c2&personEmail=a%40example.com"),
				new Listing("a team's members", (c) -> c.teamMemberships().stream("t1"), "/team/memberships?teamId=t1",
						"/team/memberships?cursor=c2", "/team/memberships?cursor=c2&teamId=t1"),
				new Listing("a space's tabs", (c) -> c.roomTabs().stream("r1"), "/room/tabs?roomId=r1",
						"/room/tabs?cursor=c2", "/room/tabs?cursor=c2&roomId=r1"),
				new Listing("events of one kind by one person",
						(c) -> c.events()
							.stream(EventQuery.builder()
								.resource(Event.Resource.of("tabs"))
								.type(Event.Type.DELETED)
								.actorId("p1")
								.to(NEW_YEAR)
								.serviceType("calling")
								.build()),
						"/events?resource=tabs&type=deleted&actorId=p1&to=2026-01-01T00%3A00%3A00Z&serviceType=calling",
						"/events?cursor=c2&type=deleted",
						"/events?cursor=c2&type=deleted&resource=tabs&actorId=p1&to=2026-01-01T00%3A00%3A00Z"
								+ "&serviceType=calling"),
				new Listing("another organization's licences",
						(c) -> Stream.of(c.licenses().list("o2"))
							.flatMap((page) -> Stream.concat(page.items().stream(),
									c.licenses().page(page.next().orElseThrow()).items().stream())),
						"/licenses?orgId=o2", "/licenses?cursor=c2", "/licenses?cursor=c2&orgId=o2"));
	}

	@ParameterizedTest
	@MethodSource("listings")
	void streamWhenTheNextLinkDropsTheFiltersThenTheyArePutBack(Listing listing) {
		this.webex.enqueue(new MockResponse.Builder().code(200)
			.body("{\"items\": [{\"id\": \"first\"}]}")
			.addHeader("Link", "<" + this.webex.url(listing.next()) + ">; rel=\"next\"")
			.build());
		this.webex.enqueue(new MockResponse.Builder().code(200).body("{\"items\": [{\"id\": \"second\"}]}").build());

		List<?> items = listing.stream().apply(this.webex.client()).toList();

		assertThat(items).hasSize(2);
		assertThat(this.webex.requests()).extracting(RecordedRequest::getTarget)
			.containsExactly("/v1" + listing.first(), "/v1" + listing.repaired());
	}

	@Test
	void pageWhenTheNextLinkLeadsToAnotherCollectionThenRefusedWithoutSendingTheToken() {
		this.webex.enqueue(new MockResponse.Builder().code(200)
			.body("{\"items\": [{\"id\": \"p1\"}]}")
			.addHeader("Link", "<" + this.webex.url("/rooms?cursor=c2") + ">; rel=\"next\"")
			.build());
		WebexClient client = this.webex.client();
		Page<?> first = client.people().list(PersonQuery.displayName("Jo"));

		assertThatExceptionOfType(WebexForeignLinkException.class)
			.isThrownBy(() -> client.people().page(first.next().orElseThrow()));
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void iterateWhenConsumedThenTheNextPageIsFetchedOnlyWhenNeeded() {
		this.webex.enqueue(new MockResponse.Builder().code(200)
			.body("{\"items\": [{\"id\": \"tm1\"}, {\"id\": \"tm2\"}]}")
			.addHeader("Link", "<" + this.webex.url("/team/memberships?cursor=c2&teamId=t1") + ">; rel=\"next\"")
			.build());
		this.webex.enqueue(new MockResponse.Builder().code(200).body("{\"items\": [{\"id\": \"tm3\"}]}").build());

		var members = this.webex.client().teamMemberships().iterate("t1");
		members.next();
		members.next();
		assertThat(this.webex.requestCount()).isEqualTo(1);
		assertThat(members.next().id()).isEqualTo("tm3");
		assertThat(members.hasNext()).isFalse();
		assertThat(this.webex.requestCount()).isEqualTo(2);
	}

}
