@NullMarked
package io.webexkit.app.web;

import org.jspecify.annotations.NullMarked;
