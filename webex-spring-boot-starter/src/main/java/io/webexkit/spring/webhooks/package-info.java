/**
 * Webex webhooks: registration per person with a secret of its own, a receiver that checks every delivery's target
 * and size before reading its body (a bounded number at a time, each within a deadline) and its signature before
 * parsing it, drops deliveries already handled (across instances), and publishes the rest as
 * {@link io.webexkit.spring.WebexWebhookEvent}s.
 */
@NullMarked
package io.webexkit.spring.webhooks;

import org.jspecify.annotations.NullMarked;
