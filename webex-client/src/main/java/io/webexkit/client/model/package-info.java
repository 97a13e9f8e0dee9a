/** Records and queries exchanged with the Webex REST API. */
@NullMarked
package io.webexkit.client.model;

import org.jspecify.annotations.NullMarked;
