package io.webexkit.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.webexkit.client.AccessTokenSupplier;
import io.webexkit.client.WebexClient;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomSort;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.web.util.HtmlUtils;

/** A person's spaces as the simulated Webex lists them, and as a spaces page shows them. */
public final class SimulatedSpaces {

	private static final Pattern TITLE = Pattern.compile("<td class=\"title\"><a href=\"[^\"]+\">(.*?)</a></td>");

	private SimulatedSpaces() {
	}

	/** The titles of {@code person}'s first {@code count} spaces, most recent activity first (the page's order). */
	public static List<String> titles(SimulatedWebex webex, SimulatedPerson person, int count) {
		String token = webex.simulator().issueTokensDirectly(person.id(), Set.of("spark:rooms_read")).accessToken();
		WebexClient client = WebexClient.builder()
			.baseUrl(webex.apiBaseUrl())
			.tokenSupplier(AccessTokenSupplier.of(token))
			.build();
		return client.rooms()
			.list(RoomQuery.builder().sortBy(RoomSort.LAST_ACTIVITY).max(count).build())
			.items()
			.stream()
			.map(Room::displayTitle)
			.toList();
	}

	/** The titles a spaces page lists, as a reader sees them. */
	public static List<String> onPage(String html) {
		List<String> titles = new ArrayList<>();
		Matcher m = TITLE.matcher(html);
		while (m.find()) {
			titles.add(HtmlUtils.htmlUnescape(m.group(1).replaceAll("<[^>]+>", "")));
		}
		return titles;
	}

}
