/**
 * The simulated Webex on its own port: its settings (shared with an app's simulator mode) and the standalone server
 * that several app instances can share ({@code java -jar webex-app.jar simulator}), with operator endpoints for tests
 * and demos: counters, knobs, and simulated people creating spaces ({@code POST /simulator/spaces}) and posting
 * ({@code POST /simulator/messages}).
 */
@NullMarked
package io.webexkit.simulator.server;

import org.jspecify.annotations.NullMarked;
