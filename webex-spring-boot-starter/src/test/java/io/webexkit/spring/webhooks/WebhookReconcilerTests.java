package io.webexkit.spring.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.webexkit.spring.MutableClock;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexWebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/** The background pass: one instance per pass, orphans forgotten, each connected person reconciled on their own. */
class WebhookReconcilerTests {

	private final WebexWebhooks webhooks = mock(WebexWebhooks.class);

	private final WebexGrants grants = mock(WebexGrants.class);

	private final WebhookStore store = mock(WebhookStore.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

	private final WebhookReconciler reconciler = new WebhookReconciler(this.webhooks, this.grants, this.store, "webex",
			this.clock, Duration.ofMinutes(5));

	@Test
	void passWhenAnotherInstanceClaimedItThenNothingDone() {
		given(this.store.claimReconcile("webex", this.clock.instant().plus(Duration.ofMinutes(5).dividedBy(2))))
			.willReturn(false);
		assertThat(this.reconciler.pass()).isFalse();
		then(this.webhooks).shouldHaveNoInteractions();
	}

	@Test
	void passThenOrphansForgottenAndEachConnectedPersonReconciledDespiteAnotherFailing() {
		given(this.store.claimReconcile("webex", this.clock.instant().plus(Duration.ofMinutes(5).dividedBy(2))))
			.willReturn(true);
		given(this.grants.connectedPeople()).willReturn(List.of("P1", "P2", "P3"));
		given(this.grants.connected("P1")).willReturn(true);
		given(this.grants.connected("P2")).willReturn(false);
		given(this.grants.connected("P3")).willReturn(true);
		willThrow(new IllegalStateException("Webex down")).given(this.webhooks).reconcile("P1");
		assertThat(this.reconciler.pass()).isTrue();
		then(this.webhooks).should().forgetDisconnected();
		then(this.store).should().forgetDeliveriesBefore(this.clock.instant().minus(WebhookReconciler.DELIVERY_MEMORY));
		then(this.webhooks).should().reconcile("P3");
		then(this.webhooks).should(never()).reconcile("P2");
	}

}
