@NullMarked
package io.webexkit.spring;

import org.jspecify.annotations.NullMarked;
