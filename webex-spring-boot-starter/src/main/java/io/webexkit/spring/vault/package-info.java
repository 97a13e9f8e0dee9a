@NullMarked
package io.webexkit.spring.vault;

import org.jspecify.annotations.NullMarked;
