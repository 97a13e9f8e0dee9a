package io.webexkit.client.model;

/** Order of a room listing. */
public enum RoomSort {

	ID("id"), LAST_ACTIVITY("lastactivity"), CREATED("created");

	private final String value;

	RoomSort(String value) {
		this.value = value;
	}

	/** The {@code sortBy} value Webex expects. */
	public String value() {
		return this.value;
	}

}
