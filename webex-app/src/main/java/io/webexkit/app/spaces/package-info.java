@NullMarked
package io.webexkit.app.spaces;

import org.jspecify.annotations.NullMarked;
