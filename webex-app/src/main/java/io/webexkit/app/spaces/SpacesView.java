package io.webexkit.app.spaces;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of spaces.
 *
 * @param rows the spaces on this page
 * @param nextCursor the link parameter of the next page, if there is one
 * @param notFirstPage whether an earlier page exists
 */
public record SpacesView(List<SpaceRow> rows, @Nullable String nextCursor, boolean notFirstPage) {
}
