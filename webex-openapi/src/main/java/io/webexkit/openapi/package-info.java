/**
 * Webex's OpenAPI documents, pinned, and what tests need to hold the client and the simulator to them.
 */
@NullMarked
package io.webexkit.openapi;

import org.jspecify.annotations.NullMarked;
