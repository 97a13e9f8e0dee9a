/** Records and queries exchanged with the Webex REST API, and the webhook deliveries Webex sends. */
@NullMarked
package io.webexkit.client.model;

import org.jspecify.annotations.NullMarked;
