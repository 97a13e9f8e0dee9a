package io.webexkit.simulator;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static io.webexkit.simulator.SimulatorHttp.nextLink;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RoomsIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private String alex;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.alex = token(0);
	}

	@Test
	void roomsWhenPagedByLinkThenEveryRoomExactlyOnce() {
		List<String> ids = new ArrayList<>();
		String url = "/v1/rooms";
		int pages = 0;
		while (url != null) {
			HttpResponse<String> page = this.http.bearer(url, this.alex);
			assertThat(page.statusCode()).isEqualTo(200);
			json(page).get("items").forEach((room) -> ids.add(room.get("id").asString()));
			url = nextLink(page);
			if (url != null) {
				assertThat(url).startsWith(this.http.base() + "/v1/rooms?max=100&cursor=");
			}
			pages++;
		}

		assertThat(pages).as("300 generated rooms and the demo space").isEqualTo(4);
		assertThat(ids).hasSize(301).doesNotHaveDuplicates().contains(this.simulator.demoSpaceId());
	}

	@Test
	void roomsWhenItemsReturnedThenWebexFieldsAndFormats() {
		JsonNode items = json(this.http.bearer("/v1/rooms?max=1000&sortBy=lastactivity", this.alex)).get("items");

		JsonNode first = items.get(0);
		assertThat(first.propertyNames()).contains("id", "title", "type", "isLocked", "lastActivity", "creatorId",
				"created", "ownerId", "isReadOnly", "isPublic");
		assertThat(first.get("lastActivity").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		List<String> lastActivities = new ArrayList<>();
		Set<String> titles = new HashSet<>();
		int teamRooms = 0;
		int direct = 0;
		for (JsonNode room : items) {
			lastActivities.add(room.get("lastActivity").asString());
			titles.add(room.get("title").asString());
			teamRooms += room.has("teamId") ? 1 : 0;
			direct += "direct".equals(room.get("type").asString()) ? 1 : 0;
		}
		assertThat(lastActivities).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(titles).contains("Sam Patel", "Jordan Lee");
		assertThat(teamRooms).isPositive();
		assertThat(direct).isBetween(20, 150);
		JsonNode kms = null;
		for (JsonNode room : items) {
			if (room.has("errors")) {
				kms = room;
			}
		}
		assertThat(kms).isNotNull();
		assertThat(kms.get("errors").get("title").get("code").asString()).isEqualTo("kms_failure");
		assertThat(kms.get("title").asString()).startsWith("eyJhbGciOiIi");
	}

	@Test
	void roomsWhenTypeFilterThenOnlyThatTypeAndLinkKeepsIt() {
		HttpResponse<String> page = this.http.bearer("/v1/rooms?type=group&max=50&sortBy=created", this.alex);

		json(page).get("items").forEach((room) -> assertThat(room.get("type").asString()).isEqualTo("group"));
		assertThat(nextLink(page)).contains("max=50", "type=group", "sortBy=created", "cursor=");
	}

	@Test
	void roomsWhenLinkDefectsThenMaxNullAndFiltersDroppedButRepairedLinkContinues() {
		HttpResponse<String> proper = this.http.bearer("/v1/rooms?type=direct&max=10", this.alex);
		this.simulator.behavior().setLinkDefects(true);
		HttpResponse<String> defective = this.http.bearer("/v1/rooms?type=direct&max=10", this.alex);

		String link = nextLink(defective);
		assertThat(link).contains("max=null").doesNotContain("type=");
		String repaired = link.replace("max=null", "max=10") + "&type=direct";
		JsonNode viaRepaired = json(this.http.bearer(repaired, this.alex)).get("items");
		this.simulator.behavior().setLinkDefects(false);
		JsonNode viaProper = json(this.http.bearer(nextLink(proper), this.alex)).get("items");
		assertThat(viaRepaired).isEqualTo(viaProper);
		viaRepaired.forEach((room) -> assertThat(room.get("type").asString()).isEqualTo("direct"));
		assertThat(json(this.http.bearer(link, this.alex)).get("items")).hasSize(100);
	}

	@Test
	void roomsWhenMaxInvalidThen400() {
		assertThat(this.http.bearer("/v1/rooms?max=0", this.alex).statusCode()).isEqualTo(400);
		assertThat(this.http.bearer("/v1/rooms?max=1001", this.alex).statusCode()).isEqualTo(400);
		assertThat(this.http.bearer("/v1/rooms?max=ten", this.alex).statusCode()).isEqualTo(400);
		assertThat(this.http.bearer("/v1/rooms?sortBy=title", this.alex).statusCode()).isEqualTo(400);
	}

	@Test
	void roomsWhenPersonHasNoRoomsThenEmptyItemsAndNoLink() {
		HttpResponse<String> page = this.http.bearer("/v1/rooms", token(2));

		assertThat(json(page).get("items")).isEmpty();
		assertThat(nextLink(page)).isNull();
	}

	@Test
	void roomsWhenRoomCountOverriddenThenTenThousandRoomsPageByThousand() {
		this.simulator.behavior().setRoomCount(this.simulator.users().get(0).id(), 10_000);
		Set<String> ids = new HashSet<>();
		String url = "/v1/rooms?max=1000&sortBy=lastactivity";
		while (url != null) {
			HttpResponse<String> page = this.http.bearer(url, this.alex);
			json(page).get("items").forEach((room) -> ids.add(room.get("id").asString()));
			url = nextLink(page);
		}

		assertThat(ids).as("and the demo space").hasSize(10_001);
	}

	@Test
	void roomWhenOwnRoomThenFoundElseOtherPersonsRoomIs404() {
		String id = json(this.http.bearer("/v1/rooms?max=2", this.alex)).get("items").get(1).get("id").asString();

		HttpResponse<String> own = this.http.bearer("/v1/rooms/" + id, this.alex);
		HttpResponse<String> foreign = this.http.bearer("/v1/rooms/" + id, token(1));

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(json(own).get("id").asString()).isEqualTo(id);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(this.http.bearer("/v1/rooms/bm9wZQ", this.alex).statusCode()).isEqualTo(404);
	}

	@Test
	void roomsWhenSamAsksThenFortyOfSamsOwnRoomsAndTheDemoSpace() {
		JsonNode items = json(this.http.bearer("/v1/rooms?max=1000", token(1))).get("items");

		assertThat(items).hasSize(41);
	}

	private String token(int person) {
		return this.simulator
			.issueTokensDirectly(this.simulator.users().get(person).id(), Set.of("spark:rooms_read", "spark:people_read"))
			.accessToken();
	}

}
