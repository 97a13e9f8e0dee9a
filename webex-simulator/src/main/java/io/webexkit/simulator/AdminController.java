package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The administrator's reads a people create needs: the organization, its licenses and its roles, for an
 * administrator of the simulated organization (Alex Rivera) with the admin scopes.
 */
@Controller
class AdminController {

	private static final String NOT_FOUND = "The requested resource could not be found.";

	private final WebexSimulator simulator;

	private final ApiSupport api;

	AdminController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/organizations")
	ResponseEntity<byte[]> organizations(HttpServletRequest request) {
		return this.api.call(request, List.of("spark-admin:organizations_read"),
				(caller) -> new ApiSupport.Page(List.of(organization(admin(caller))), null));
	}

	@GetMapping("/v1/organizations/{orgId}")
	ResponseEntity<byte[]> organization(HttpServletRequest request, @PathVariable String orgId) {
		return this.api.call(request, List.of("spark-admin:organizations_read"), (caller) -> {
			admin(caller);
			if (!SeedData.ORG_ID.equals(orgId)) {
				throw ApiException.notFound(NOT_FOUND);
			}
			return organization(caller);
		});
	}

	@GetMapping("/v1/licenses")
	ResponseEntity<byte[]> licenses(HttpServletRequest request) {
		return this.api.call(request, List.of("spark-admin:licenses_read"), (caller) -> {
			admin(caller);
			String orgId = request.getParameter("orgId");
			if (orgId != null && !orgId.isEmpty() && !orgId.equals(SeedData.ORG_ID)) {
				throw new ApiException(403, "The caller does not administer that organization");
			}
			List<Map<String, Object>> items = new ArrayList<>();
			Directory.licenses().forEach((id, name) -> items.add(license(id, name)));
			return new ApiSupport.Page(items, null);
		});
	}

	@GetMapping("/v1/licenses/{licenseId}")
	ResponseEntity<byte[]> license(HttpServletRequest request, @PathVariable String licenseId) {
		return this.api.call(request, List.of("spark-admin:licenses_read"), (caller) -> {
			admin(caller);
			String name = Directory.licenses().get(licenseId);
			if (name == null) {
				throw ApiException.notFound(NOT_FOUND);
			}
			return license(licenseId, name);
		});
	}

	@GetMapping("/v1/roles")
	ResponseEntity<byte[]> roles(HttpServletRequest request) {
		return this.api.call(request, List.of("spark-admin:roles_read"), (caller) -> {
			admin(caller);
			List<Map<String, Object>> items = new ArrayList<>();
			Directory.roles().forEach((id, name) -> items.add(Map.of("id", id, "name", name)));
			return new ApiSupport.Page(items, null);
		});
	}

	@GetMapping("/v1/roles/{roleId}")
	ResponseEntity<byte[]> role(HttpServletRequest request, @PathVariable String roleId) {
		return this.api.call(request, List.of("spark-admin:roles_read"), (caller) -> {
			admin(caller);
			String name = Directory.roles().get(roleId);
			if (name == null) {
				throw ApiException.notFound(NOT_FOUND);
			}
			return Map.of("id", roleId, "name", name);
		});
	}

	private static ApiSupport.Caller admin(ApiSupport.Caller caller) {
		if (!Directory.admin(caller.index())) {
			throw new ApiException(403, "Only an administrator of the organization can read this");
		}
		return caller;
	}

	private Map<String, Object> organization(ApiSupport.Caller caller) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", SeedData.ORG_ID);
		item.put("displayName", Directory.ORG_NAME);
		item.put("created", Json.timestamp(this.simulator.seed().person(0).created()));
		return item;
	}

	private Map<String, Object> license(String id, String name) {
		int users = this.simulator.users().size() + this.simulator.directory().all().size();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", id);
		item.put("name", name);
		item.put("totalUnits", Math.max(100, users));
		item.put("consumedUnits", users);
		item.put("consumedByUsers", users);
		item.put("consumedByWorkspaces", 0);
		return item;
	}

}
