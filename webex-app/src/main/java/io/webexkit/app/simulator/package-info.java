@NullMarked
package io.webexkit.app.simulator;

import org.jspecify.annotations.NullMarked;
