package io.webexkit.client.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Queries and requests of the resources: bad values are refused at once, with the field named. */
class RequestTests {

	private static final Room ROOM = new Room("r1", "Design", false, RoomType.GROUP, true, "t1", null, null, "p1",
			"o1", "c1", true, false, true, null, "Reviews");

	@Test
	void queriesWhenAValueIsNullOrBlankThenRejectedAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonQuery.builder().email(null))
			.withMessage("email must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonQuery.builder().ids(List.of("p1", " ")));
		assertThatIllegalArgumentException().isThrownBy(() -> PersonQuery.builder().ids(null));
		assertThatIllegalArgumentException().isThrownBy(() -> MembershipQuery.builder().roomId(""));
		assertThatIllegalArgumentException().isThrownBy(() -> EventQuery.builder().resource(null));
		assertThatIllegalArgumentException().isThrownBy(() -> EventQuery.builder().from(null));
		assertThatIllegalArgumentException().isThrownBy(() -> RoomQuery.builder().to(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Event.Resource.of(" "));
	}

	@Test
	void queriesWhenFiltersContradictEachOtherThenBuildRefusesThem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PersonQuery.builder().ids(Collections.nCopies(86, "p")))
			.withMessage("At most 85 ids per listing, was 86");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MembershipQuery.builder().personId("p").personEmail("e@example.com").build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomQuery.builder().orgPublicSpaces().type(RoomType.GROUP).build())
			.withMessageContaining("orgPublicSpaces");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventQuery.builder()
				.from(Instant.parse("2026-02-01T00:00:00Z"))
				.to(Instant.parse("2026-01-01T00:00:00Z"))
				.build());
		assertThatIllegalArgumentException().isThrownBy(() -> EventQuery.builder().max(1001));
	}

	@Test
	void roomRequestsWhenWebexWouldRefuseTheModesThenRefusedFirst() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoomRequest.builder("T").isPublic(true).build())
			.withMessage("A public space needs a description");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RoomRequest.builder("T").isAnnouncementOnly(true).build())
			.withMessageContaining("isLocked");
		assertThatIllegalArgumentException().isThrownBy(() -> RoomRequest.of(" "));
	}

	@Test
	void roomUpdateWhenBuiltFromTheRoomThenItsSettingsAreSentButNotTheTeamOrReadOnly() {
		RoomUpdate update = RoomUpdate.builder(ROOM).title("Design reviews").build();

		assertThat(update.fields()).containsExactly(java.util.Map.entry("title", "Design reviews"),
				java.util.Map.entry("classificationId", "c1"), java.util.Map.entry("isLocked", true),
				java.util.Map.entry("isPublic", true), java.util.Map.entry("description", "Reviews"),
				java.util.Map.entry("isAnnouncementOnly", true));
	}

	@Test
	void roomUpdateWhenTheRoomsTitleIsUnreadableThenATitleMustBeGiven() {
		Room unreadable = new Room("r1", null, true, RoomType.GROUP, false, null, null, null, null, null, null, false,
				false, false, null, null);

		assertThatIllegalArgumentException().isThrownBy(() -> RoomUpdate.builder(unreadable))
			.withMessageContaining("title");
	}

	@Test
	void membershipRequestsWhenNoneOrBothPersonFieldsThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MembershipRequest("r1", null, null, false))
			.withMessage("Give exactly one of personId and personEmail");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TeamMembershipRequest("t1", "p1", "e@example.com", false));
		assertThat(MembershipUpdate.of(new Membership("m1", "r1", "p1", null, null, null, false, true, null, false,
				null)).withModerator(true)).isEqualTo(new MembershipUpdate(true, true));
	}

	@Test
	void roomTabRequestWhenTheUrlIsNotHttpsThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RoomTabRequest("r1", "http://example.com", "Board"))
			.withMessage("contentUrl must be an https URL with a host");
		assertThatIllegalArgumentException().isThrownBy(() -> new RoomTabRequest("r1", "javascript:alert(1)", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RoomTabRequest("r1", "https://", "x"));
		assertThat(new RoomTabRequest("r1", "HTTPS://example.com/a", "Board").withDisplayName("B").displayName())
			.isEqualTo("B");
	}

	@Test
	void personRequestWhenBuiltFromAPersonThenItsDetailsAreKeptButNotTheExtensionNumberNorBlanks() {
		Person person = new Person("p1", List.of("ann@example.com"),
				List.of(new Person.PhoneNumber(Person.PhoneNumber.Type.WORK, "+1 408 555 0100", true),
						new Person.PhoneNumber(Person.PhoneNumber.Type.WORK_EXTENSION, "8133", false)),
				"133", null, "Ann Example", "Ann", "Ann", "Example", null, "o1", List.of("role-1"), List.of("lic-1"),
				"", null, null, null, List.of(), null, null, null, null, List.of("site.webex.com"), List.of(), null,
				null, false, true, Person.Type.PERSON);

		PersonRequest request = PersonRequest.builder(person).title("Lead").build();

		assertThat(request.phoneNumbers()).extracting(Person.PhoneNumber::value).containsExactly("+1 408 555 0100");
		assertThat(request.department()).isNull();
		assertThat(request.loginEnabled()).isTrue();
		assertThat(request.fields()).containsOnlyKeys("emails", "phoneNumbers", "extension", "displayName",
				"firstName", "lastName", "orgId", "roles", "licenses", "title", "siteUrls", "loginEnabled");
		assertThat(request.fields().get("phoneNumbers"))
			.isEqualTo(List.of(java.util.Map.of("type", "work", "value", "+1 408 555 0100")));
	}

	@Test
	void teamRequestWhenBuiltFromATeamWithABlankDescriptionThenOnlyTheNameIsSent() {
		TeamRequest request = TeamRequest.of(new Team("t1", "Build Squad", " ", null));

		assertThat(request.fields()).containsOnlyKeys("name");
		assertThatIllegalArgumentException().isThrownBy(() -> TeamRequest.of(new Team("t1", null, null, null)));
	}

	@Test
	void enumsWhenWebexSendsAnUnknownValueThenTheFallbackRatherThanAFailure() {
		assertThat(Person.Status.fromValue("dnd-plus")).isEqualTo(Person.Status.UNKNOWN);
		assertThat(Person.Status.fromValue("DoNotDisturb")).isEqualTo(Person.Status.DO_NOT_DISTURB);
		assertThat(Person.Status.fromValue(null)).isNull();
		assertThat(Person.Type.fromValue("robot")).isNull();
		assertThat(Event.Resource.read("")).isNull();
		assertThat(Event.Resource.read("whiteboards")).isEqualTo(Event.Resource.of("whiteboards"));
	}

}
