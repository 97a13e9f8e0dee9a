@NullMarked
package io.webexkit.app.system;

import org.jspecify.annotations.NullMarked;
