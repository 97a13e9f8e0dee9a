@NullMarked
package io.webexkit.spring.login;

import org.jspecify.annotations.NullMarked;
