/**
 * Tells every instance of the app what one of them learned: a webhook lands on one instance, and the page waiting
 * for it may be open on another. With PostgreSQL the notices travel over {@code LISTEN/NOTIFY} on the database the
 * instances already share; with the embedded database there is one instance, and notices stay in it.
 */
@NullMarked
package io.webexkit.app.live;

import org.jspecify.annotations.NullMarked;
