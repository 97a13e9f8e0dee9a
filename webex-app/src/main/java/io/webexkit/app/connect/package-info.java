@NullMarked
package io.webexkit.app.connect;

import org.jspecify.annotations.NullMarked;
