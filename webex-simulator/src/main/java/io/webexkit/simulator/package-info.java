/**
 * An in-process fake of Webex's OAuth and REST API, for running without a Webex account and for tests.
 * <p>
 * Its people share one world: besides the rooms generated for each of them, shared spaces exist once, with one id,
 * one title, one message timeline and a member list of simulated people, as in Webex. The seeded "Webex Kit Demo"
 * space is Alex Rivera's and Sam Patel's, and the cast's 1:1 rooms are one room for both of its people. The REST API
 * reads them for members only ({@code GET /v1/rooms}, {@code /v1/rooms/{id}}, {@code /v1/memberships?roomId=},
 * {@code /v1/messages}, {@code /v1/messages/{id}}) and changes shared spaces: {@code POST /v1/rooms},
 * {@code PUT /v1/rooms/{id}}, {@code POST /v1/memberships}, {@code DELETE /v1/memberships/{id}},
 * {@code POST /v1/messages}. Webhooks of everyone who sees a space hear of its {@code messages}, {@code memberships}
 * and {@code rooms} events. From Java, {@link io.webexkit.simulator.WebexSimulator#postMessage},
 * {@link io.webexkit.simulator.WebexSimulator#createSpace}, {@link io.webexkit.simulator.WebexSimulator#addMember}
 * and {@link io.webexkit.simulator.WebexSimulator#removeMember} let simulated people act, and
 * {@link io.webexkit.simulator.WebexSimulator#reset()} restores the seeded world.
 */
@NullMarked
package io.webexkit.simulator;

import org.jspecify.annotations.NullMarked;
