package io.webexkit.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** One page of a listing and the link to the next one, if any (a next page may be empty). */
public record Page<T>(List<T> items, Optional<URI> next) {

	public Page {
		items = List.copyOf(items);
		next = (next != null) ? next : Optional.empty();
	}

	public boolean hasNext() {
		return this.next.isPresent();
	}

}
