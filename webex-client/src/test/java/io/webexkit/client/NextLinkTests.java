package io.webexkit.client;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NextLinkTests {

	private static final URI REQUESTED = URI.create("https://webexapis.com/v1/rooms?type=group&max=25&teamId=t%2B1");

	private static final Set<String> FILTERS = Set.of("type", "sortBy", "teamId");

	private static URI repair(String next) {
		return NextLink.repair(URI.create(next), REQUESTED, FILTERS);
	}

	@Test
	void repairWhenMaxIsNullThenTheCallersMaxIsUsed() {
		assertThat(repair("https://webexapis.com/v1/rooms?max=null&cursor=abc&type=group&teamId=t%2B1"))
			.hasToString("https://webexapis.com/v1/rooms?max=25&cursor=abc&type=group&teamId=t%2B1");
	}

	@Test
	void repairWhenMaxIsNullAndCallerGaveNoneThenItIsDropped() {
		URI next = NextLink.repair(URI.create("https://webexapis.com/v1/rooms?max=null&cursor=abc"),
				URI.create("https://webexapis.com/v1/rooms"), FILTERS);

		assertThat(next).hasToString("https://webexapis.com/v1/rooms?cursor=abc");
	}

	@Test
	void repairWhenFiltersWereDroppedThenTheyAreReappliedVerbatim() {
		assertThat(repair("https://webexapis.com/v1/rooms?cursor=abc"))
			.hasToString("https://webexapis.com/v1/rooms?cursor=abc&type=group&max=25&teamId=t%2B1");
	}

	@Test
	void repairWhenNextIsHealthyThenItIsUnchanged() {
		String healthy = "https://webexapis.com/v1/rooms?cursor=a%2Fb%3D&type=group&max=25&teamId=t%2B1";

		assertThat(repair(healthy)).hasToString(healthy);
	}

	@Test
	void repairWhenNextChangedAFilterValueThenServerValueWins() {
		assertThat(repair("https://webexapis.com/v1/rooms?cursor=abc&type=direct&max=10&teamId=x"))
			.hasToString("https://webexapis.com/v1/rooms?cursor=abc&type=direct&max=10&teamId=x");
	}

	@Test
	void fromWhenNoLinkHeaderThenNoNextPage() {
		assertThat(NextLink.from(List.of(), REQUESTED, FILTERS)).isEmpty();
	}

	@Test
	void fromWhenLinkIsUnparseableThenNoNextPageRatherThanFailure() {
		assertThat(NextLink.from(List.of("<http://exa mple.com/ bad>; rel=next"), REQUESTED, FILTERS)).isEmpty();
	}

}
