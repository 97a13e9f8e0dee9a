package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PagingSecurityTests {

	private final FakeWebex webex = new FakeWebex();

	private final FakeWebex attacker = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
		this.attacker.close();
	}

	@Test
	void streamWhenNextLinkPointsToAnotherHostThenRefusedAndNothingSentThere() {
		String foreign = this.attacker.url("/rooms?cursor=steal");
		this.webex.enqueue(FakeWebex.json(200, "rooms-page-1.json")
			.addHeader("Link", "<" + foreign + ">; rel=\"next\"")
			.build());
		Iterator<Room> rooms = this.webex.client().rooms().iterate(RoomQuery.all());
		rooms.next();
		rooms.next();

		assertThatExceptionOfType(WebexForeignLinkException.class).isThrownBy(rooms::hasNext)
			.withMessageContaining("Refusing")
			.withMessageNotContaining("token-1")
			.withMessageNotContaining("steal");
		assertThat(this.attacker.requestCount()).isZero();
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void pageWhenCallerPassesAForeignUrlThenRefusedBeforeAnyRequest() {
		URI foreign = URI.create(this.attacker.url("/rooms"));

		assertThatExceptionOfType(WebexForeignLinkException.class)
			.isThrownBy(() -> this.webex.client().rooms().page(foreign))
			.satisfies((ex) -> assertThat(ex.trackingId()).isPresent());
		assertThat(this.attacker.requestCount()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://{host}:{port}/v1/rooms", "http://{host}:{port}/v2/rooms",
			"http://{host}:{port}/v1x/rooms", "http://{host}:{port}/v1/../admin/rooms",
			"http://{host}:{port}/v1/messages", "http://user@{host}:{port}/v1/rooms", "/v1/rooms" })
	void pageWhenUrlIsOutsideTheApiOrResourceThenRefusedBeforeAnyRequest(String template) {
		URI base = this.webex.baseUrl();
		URI url = URI.create(template.replace("{host}", base.getHost()).replace("{port}", "" + base.getPort()));

		assertThatExceptionOfType(WebexForeignLinkException.class)
			.isThrownBy(() -> this.webex.client().rooms().page(url));
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void pageWhenHostDiffersButPortMatchesThenRefused() {
		URI base = this.webex.baseUrl();
		String otherName = base.getHost().equals("localhost") ? "127.0.0.1" : "localhost";
		URI url = URI.create("http://" + otherName + ":" + base.getPort() + "/v1/rooms");

		assertThatExceptionOfType(WebexForeignLinkException.class)
			.isThrownBy(() -> this.webex.client().rooms().page(url));
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void streamWhenNextLinkIsRelativeThenItIsResolvedAgainstTheApi() {
		this.webex.enqueue(FakeWebex.json(200, "rooms-empty.json")
			.addHeader("Link", "</v1/rooms?cursor=c2>; rel=next")
			.build());
		this.webex.enqueueJson(200, "rooms-page-3.json");

		assertThat(this.webex.client().rooms().stream(RoomQuery.all()).count()).isEqualTo(1);
		assertThat(this.webex.request(1).getTarget()).isEqualTo("/v1/rooms?cursor=c2");
	}

	@Test
	void pageWhenNullThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.webex.client().rooms().page(null));
	}

}
