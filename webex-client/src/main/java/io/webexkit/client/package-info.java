/** Typed, immutable and thread-safe client for the Webex REST API. */
@NullMarked
package io.webexkit.client;

import org.jspecify.annotations.NullMarked;
