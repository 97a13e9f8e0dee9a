@NullMarked
package io.webexkit.app.token;

import org.jspecify.annotations.NullMarked;
