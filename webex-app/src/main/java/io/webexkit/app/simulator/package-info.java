/**
 * The simulated Webex as the app ships it: its settings (shared by simulator mode and the standalone simulator) and
 * the standalone server that several app instances can share ({@code java -jar webex-app.jar simulator}).
 */
@NullMarked
package io.webexkit.app.simulator;

import org.jspecify.annotations.NullMarked;
