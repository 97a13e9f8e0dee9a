/**
 * Keeps secrets out of the log at every level: masking of every message and stack trace, plain or JSON, and
 * session ids the masking recognises.
 */
@NullMarked
package io.webexkit.app.logging;

import org.jspecify.annotations.NullMarked;
