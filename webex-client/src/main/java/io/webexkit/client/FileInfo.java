package io.webexkit.client;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A message's file as Webex describes it in the headers of its {@code contents} URL.
 *
 * @param fileName the name from {@code Content-Disposition}, already made safe with {@link SafeFileName}
 * @param contentType from {@code Content-Type}; {@code application/octet-stream} when Webex gives none
 * @param size the bytes read for a download; for {@link Contents#info} the {@code Content-Length}, -1 when not given
 * @param path where a download was saved; null when it went to a stream or was only described
 */
public record FileInfo(String fileName, String contentType, long size, @Nullable Path path) {
}
