@NullMarked
package io.webexkit.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
