@NullMarked
package io.webexkit.app;

import org.jspecify.annotations.NullMarked;
