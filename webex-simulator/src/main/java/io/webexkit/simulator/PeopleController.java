package io.webexkit.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /v1/people/me}. */
@Controller
class PeopleController {

	private final ApiSupport api;

	PeopleController(WebexSimulator simulator) {
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/people/me")
	ResponseEntity<byte[]> me(HttpServletRequest request) {
		return this.api.call(request, List.of("spark:people_read", "spark:all"), (caller) -> {
			SimulatedPerson person = caller.person();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", person.id());
			body.put("emails", List.of(person.email()));
			body.put("phoneNumbers", List.of());
			body.put("displayName", person.displayName());
			body.put("nickName", person.nickName());
			body.put("firstName", person.firstName());
			body.put("lastName", person.lastName());
			// The last seeded person has no picture, as many real accounts do: the member is then absent.
			if (caller.index() < 2) {
				body.put("avatar", ServletUriComponentsBuilder.fromContextPath(request)
					.path(Html.ASSETS + "avatars/" + caller.index() + ".svg")
					.build()
					.toUriString());
			}
			body.put("orgId", person.orgId());
			body.put("created", Json.timestamp(person.created()));
			body.put("type", "person");
			return body;
		});
	}

}
