@NullMarked
package io.webexkit.app.errors;

import org.jspecify.annotations.NullMarked;
