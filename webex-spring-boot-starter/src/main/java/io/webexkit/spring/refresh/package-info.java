@NullMarked
package io.webexkit.spring.refresh;

import org.jspecify.annotations.NullMarked;
