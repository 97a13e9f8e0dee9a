/**
 * Keeps secrets out of the log at every level: every message and stack trace is masked, plain or JSON.
 */
@NullMarked
package io.webexkit.app.logging;

import org.jspecify.annotations.NullMarked;
