package io.webexkit.app.spaces;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The "start a space" page: its form (with what was typed and what is wrong), or the space just made and who could
 * not be added to it.
 *
 * @param unavailable why the form is not offered (a permission not granted), if it is not
 * @param createdHref the new space, once made
 * @param notAdded the people Webex did not add, each with why
 */
public record StartSpaceView(@Nullable String unavailable, String title, String people, @Nullable String error,
		@Nullable String createdHref, List<String> notAdded) {

	static StartSpaceView form(@Nullable String unavailable, String title, String people, @Nullable String error) {
		return new StartSpaceView(unavailable, title, people, error, null, List.of());
	}

	static StartSpaceView created(String href, String title, List<String> notAdded) {
		return new StartSpaceView(null, title, "", null, href, List.copyOf(notAdded));
	}

	public int maxPeople() {
		return SpacesController.MAX_PEOPLE;
	}

	/** For {@code aria-invalid}. */
	public String invalid() {
		return Boolean.toString(this.error != null);
	}

}
