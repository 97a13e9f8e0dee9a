/**
 * The simulated Webex on its own port: its settings (shared with an app's simulator mode) and the standalone server
 * that several app instances can share ({@code java -jar webex-app.jar simulator}).
 */
@NullMarked
package io.webexkit.simulator.server;

import org.jspecify.annotations.NullMarked;
