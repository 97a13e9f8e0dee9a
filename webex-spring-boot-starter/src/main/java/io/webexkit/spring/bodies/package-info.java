/**
 * Bodies of requests nobody signed in sent: read a bounded number at a time, each whole within a deadline, and
 * refused without reading them when they cannot be, so slow senders cannot hold every request thread.
 */
@NullMarked
package io.webexkit.spring.bodies;

import org.jspecify.annotations.NullMarked;
