@NullMarked
package io.webexkit.app.profile;

import org.jspecify.annotations.NullMarked;
