package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Webex's People API: me, a person by id, the directory searched by {@code email}, {@code displayName} (a prefix) or
 * {@code id} (up to 85, comma-separated; one of the three is required unless the caller is an administrator), and an
 * administrator's create, update and delete of the people they created (the seeded ones are not changed).
 */
@Controller
class PeopleController {

	private static final List<String> READ = List.of("spark:people_read", "spark:all",
			"spark-admin:people_read");

	private static final List<String> ADMIN_WRITE = List.of("spark-admin:people_write");

	private static final String NOT_FOUND = "Could not find a person with provided ID.";

	private final WebexSimulator simulator;

	private final ApiSupport api;

	PeopleController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/people/me")
	ResponseEntity<byte[]> me(HttpServletRequest request) {
		return this.api.call(request, READ, (caller) -> seeded(request, caller.index()));
	}

	@GetMapping("/v1/people/{personId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String personId) {
		return this.api.call(request, READ, (caller) -> find(request, personId)
			.orElseThrow(() -> ApiException.notFound(NOT_FOUND)));
	}

	@GetMapping("/v1/people")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, READ, (caller) -> {
			String email = blankToNull(request.getParameter("email"));
			String displayName = blankToNull(request.getParameter("displayName"));
			String ids = blankToNull(request.getParameter("id"));
			int max = Links.max(request.getParameter("max"), 100);
			List<Map<String, Object>> items = new ArrayList<>();
			if (ids != null) {
				String[] wanted = ids.split(",");
				if (wanted.length > 85) {
					throw ApiException.badRequest("At most 85 person ids may be given");
				}
				for (String id : wanted) {
					find(request, id.trim()).ifPresent(items::add);
				}
			}
			else if (email != null) {
				OptionalInt index = this.simulator.seed().indexOfEmail(email);
				if (index.isPresent()) {
					items.add(seeded(request, index.getAsInt()));
				}
				this.simulator.directory().byEmail(email).ifPresent((p) -> items.add(created(p)));
			}
			else if (displayName != null || Directory.admin(caller.index())) {
				List<SimulatedPerson> people = this.simulator.users();
				for (int i = 0; i < people.size() && items.size() < max; i++) {
					if (displayName == null || people.get(i).displayName().regionMatches(true, 0, displayName, 0,
							displayName.length())) {
						items.add(seeded(request, i));
					}
				}
				for (Directory.Created person : this.simulator.directory().all()) {
					if (items.size() < max && (displayName == null
							|| person.displayName().regionMatches(true, 0, displayName, 0, displayName.length()))) {
						items.add(created(person));
					}
				}
			}
			else {
				throw ApiException.badRequest("email, displayName or id is required");
			}
			return new ApiSupport.Page(items.subList(0, Math.min(max, items.size())), null);
		});
	}

	/** An administrator creates a person: {@code emails} (one), names, licenses and roles of the organization. */
	@PostMapping("/v1/people")
	ResponseEntity<byte[]> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, ADMIN_WRITE, (caller) -> {
			requireAdmin(caller);
			JsonNode json = RequestBodies.object(body);
			JsonNode emails = json.get("emails");
			if (emails == null || !emails.isArray() || emails.size() != 1 || !emails.get(0).isString()
					|| !emails.get(0).asString().contains("@")) {
				throw ApiException.badRequest("emails must hold exactly one email address");
			}
			String email = emails.get(0).asString();
			if (this.simulator.seed().indexOfEmail(email).isPresent()
					|| this.simulator.directory().byEmail(email).isPresent()) {
				throw new ApiException(409, "A person with this email exists already");
			}
			String first = RequestBodies.text(json, "firstName");
			String last = RequestBodies.text(json, "lastName");
			String displayName = RequestBodies.text(json, "displayName");
			if (displayName == null) {
				displayName = (first != null || last != null)
						? String.join(" ", java.util.stream.Stream.of(first, last).filter((n) -> n != null).toList())
						: email;
			}
			return created(this.simulator.directory()
				.add(email, displayName, first, last, ids(json, "licenses", Directory.licenses().keySet()),
						ids(json, "roles", Directory.roles().keySet()), this.simulator.now()));
		});
	}

	@PutMapping("/v1/people/{personId}")
	ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String personId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, ADMIN_WRITE, (caller) -> {
			requireAdmin(caller);
			JsonNode json = RequestBodies.object(body);
			Directory.Created current = createdPerson(personId);
			String displayName = RequestBodies.requiredText(json, "displayName");
			Directory.Created changed = new Directory.Created(current.id(), current.email(), displayName,
					RequestBodies.text(json, "firstName"), RequestBodies.text(json, "lastName"),
					json.has("licenses") ? ids(json, "licenses", Directory.licenses().keySet()) : current.licenses(),
					json.has("roles") ? ids(json, "roles", Directory.roles().keySet()) : current.roles(),
					current.created(), this.simulator.now());
			this.simulator.directory().put(changed);
			return created(changed);
		});
	}

	@DeleteMapping("/v1/people/{personId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String personId) {
		return this.api.call(request, ADMIN_WRITE, (caller) -> {
			requireAdmin(caller);
			createdPerson(personId);
			this.simulator.directory().remove(personId);
			return new ApiSupport.NoContent();
		});
	}

	private Directory.Created createdPerson(String personId) {
		if (this.simulator.seed().indexOf(personId).isPresent()) {
			throw new ApiException(403, "The simulated Webex does not change or delete its seeded people");
		}
		return this.simulator.directory().get(personId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
	}

	private static void requireAdmin(ApiSupport.Caller caller) {
		if (!Directory.admin(caller.index())) {
			throw new ApiException(403, "Only an administrator of the organization can do this");
		}
	}

	private static List<String> ids(JsonNode json, String name, java.util.Set<String> known) {
		JsonNode values = json.get(name);
		if (values == null || values.isNull()) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		for (JsonNode value : values) {
			if (!value.isString() || !known.contains(value.asString())) {
				throw ApiException.badRequest(name + " holds an id the organization does not have: " + value);
			}
			ids.add(value.asString());
		}
		return ids;
	}

	private Optional<Map<String, Object>> find(HttpServletRequest request, String personId) {
		OptionalInt index = this.simulator.seed().indexOf(personId);
		if (index.isPresent()) {
			return Optional.of(seeded(request, index.getAsInt()));
		}
		return this.simulator.directory().get(personId).map(PeopleController::created);
	}

	private Map<String, Object> seeded(HttpServletRequest request, int index) {
		SimulatedPerson person = this.simulator.seed().person(index);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", person.id());
		body.put("emails", List.of(person.email()));
		body.put("phoneNumbers", List.of());
		body.put("displayName", person.displayName());
		body.put("nickName", person.nickName());
		body.put("firstName", person.firstName());
		body.put("lastName", person.lastName());
		// The last seeded person has no picture, as many real accounts do: the member is then absent.
		if (index < 2) {
			body.put("avatar", ServletUriComponentsBuilder.fromContextPath(request)
				.path(Html.ASSETS + "avatars/" + index + ".svg")
				.build()
				.toUriString());
		}
		body.put("orgId", person.orgId());
		List<String> roles = Directory.roles(index);
		if (!roles.isEmpty()) {
			body.put("roles", roles);
		}
		body.put("licenses", List.of(Directory.MESSAGING_LICENSE, Directory.MEETINGS_LICENSE));
		body.put("created", Json.timestamp(person.created()));
		body.put("type", "person");
		return body;
	}

	private static Map<String, Object> created(Directory.Created person) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", person.id());
		body.put("emails", List.of(person.email()));
		body.put("phoneNumbers", List.of());
		body.put("displayName", person.displayName());
		if (person.firstName() != null) {
			body.put("firstName", person.firstName());
		}
		if (person.lastName() != null) {
			body.put("lastName", person.lastName());
		}
		body.put("orgId", SeedData.ORG_ID);
		body.put("roles", person.roles());
		body.put("licenses", person.licenses());
		body.put("created", Json.timestamp(person.created()));
		body.put("lastModified", Json.timestamp(person.lastModified()));
		body.put("type", "person");
		return body;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
