package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.License;

/**
 * The {@code /licenses} endpoints of Webex's admin API, for admins: the licences to give a person created with
 * {@link People#create}.
 */
public final class Licenses {

	static final String SCOPE = "spark-admin:licenses_read";

	private static final String PATH = "/licenses";

	private static final Set<String> FILTERS = Set.of("orgId");

	private final Endpoint<License> endpoint;

	Licenses(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, License.class);
	}

	/** The first page of the licences of the caller's organization. */
	public Page<License> list() {
		return this.endpoint.list(Map.of());
	}

	/** The first page of the licences of the organization {@code orgId} (partner admins). */
	public Page<License> list(String orgId) {
		return this.endpoint.list(Map.of("orgId", Checks.notBlank(orgId, "orgId")));
	}

	/** The page at {@code next}, which must be a licenses URL of the configured API. */
	public Page<License> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every licence of the caller's organization, fetching pages lazily. */
	public Stream<License> stream() {
		return this.endpoint.stream(this::list);
	}

	/** Every licence of the caller's organization, fetching pages lazily. */
	public Iterator<License> iterate() {
		return this.endpoint.iterate(this::list);
	}

	public License get(String licenseId) {
		return this.endpoint.get(licenseId);
	}

}
