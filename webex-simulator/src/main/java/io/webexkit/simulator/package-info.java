/**
 * An in-process fake of Webex's OAuth and REST API, for running without a Webex account and for tests.
 */
@NullMarked
package io.webexkit.simulator;

import org.jspecify.annotations.NullMarked;
