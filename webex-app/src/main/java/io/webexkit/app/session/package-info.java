@NullMarked
package io.webexkit.app.session;

import org.jspecify.annotations.NullMarked;
