/**
 * Background work the starter runs on its own daemon threads, so that a host needs no {@code @EnableScheduling}.
 */
@NullMarked
package io.webexkit.spring.background;

import org.jspecify.annotations.NullMarked;
