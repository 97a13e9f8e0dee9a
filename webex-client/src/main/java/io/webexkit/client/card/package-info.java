/**
 * A small typed builder of Adaptive Cards (schema 1.3, the elements Webex renders that integrations use): text,
 * images, fact sets, columns, the five inputs and the submit and open-URL actions. {@link AdaptiveCard} checks what
 * Webex refuses before anything is sent and gives the message's {@code attachments} entry.
 */
@NullMarked
package io.webexkit.client.card;

import org.jspecify.annotations.NullMarked;
