@NullMarked
package io.webexkit.spring.metrics;

import org.jspecify.annotations.NullMarked;
