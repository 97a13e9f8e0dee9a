/**
 * Webex webhooks: registration per person with a secret of its own, a receiver that checks every delivery's size,
 * target and signature before reading it, drops deliveries already handled (across instances), and publishes the
 * rest as {@link io.webexkit.spring.WebexWebhookEvent}s.
 */
@NullMarked
package io.webexkit.spring.webhooks;

import org.jspecify.annotations.NullMarked;
