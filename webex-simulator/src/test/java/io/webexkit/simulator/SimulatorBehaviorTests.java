package io.webexkit.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorBehaviorTests {

	@Test
	void defaultsWhenNewThenMirrorWebex() {
		SimulatorBehavior behavior = new SimulatorBehavior();

		assertThat(behavior.accessTokenLifetime()).hasSeconds(1_209_599);
		assertThat(behavior.refreshTokenLifetime()).hasSeconds(7_775_999);
		assertThat(behavior.refreshRotation()).isEqualTo(RefreshRotation.NONE_SAME);
		assertThat(behavior.omitTokenType()).isFalse();
		assertThat(behavior.defaultRoomsPageSize()).isEqualTo(100);
		assertThat(behavior.defaultMessagesPageSize()).isEqualTo(50);
		assertThat(behavior.retryAfter()).isEqualTo("2");
		assertThat(behavior.rateLimitEveryNthCall()).isZero();
		assertThat(behavior.linkDefects()).isFalse();
		assertThat(behavior.autoConsent()).as("the consent page is shown").isEmpty();
	}

	@Test
	void restoreDefaultsWhenKnobsChangedThenAllBack() {
		SimulatorBehavior behavior = new SimulatorBehavior();
		behavior.setOmitTokenType(true);
		behavior.setLinkDefects(true);
		behavior.setRefreshRotation(RefreshRotation.ROTATE);
		behavior.setApiLatency(Duration.ofSeconds(1));
		behavior.setRoomCount("p", 10_000);
		behavior.failNextTokenRequests(3, 503);
		behavior.setAutoConsent("p");
		behavior.setTamperWebhookSignatures(true);
		behavior.setOmitWebhookSignatures(true);
		behavior.setDuplicateWebhookDeliveries(true);
		behavior.setWebhookDeliveryDelay(Duration.ofMillis(300));

		behavior.restoreDefaults();

		assertThat(behavior.omitTokenType()).isFalse();
		assertThat(behavior.linkDefects()).isFalse();
		assertThat(behavior.refreshRotation()).isEqualTo(RefreshRotation.NONE_SAME);
		assertThat(behavior.apiLatency()).isZero();
		assertThat(behavior.roomCount("p")).isEmpty();
		assertThat(behavior.takeTokenFailure()).isEmpty();
		assertThat(behavior.autoConsent()).isEmpty();
		assertThat(behavior.tamperWebhookSignatures()).isFalse();
		assertThat(behavior.omitWebhookSignatures()).isFalse();
		assertThat(behavior.duplicateWebhookDeliveries()).isFalse();
		assertThat(behavior.webhookDeliveryDelay()).isZero();
	}

	@Test
	void failNextTokenRequestsWhenTakenThenExactlyThatMany() {
		SimulatorBehavior behavior = new SimulatorBehavior();
		behavior.failNextTokenRequests(2, 502);

		assertThat(behavior.takeTokenFailure()).hasValue(502);
		assertThat(behavior.takeTokenFailure()).hasValue(502);
		assertThat(behavior.takeTokenFailure()).isEmpty();
	}

	@Test
	void rateLimitThisCallWhenEverySecondThenAlternates() {
		SimulatorBehavior behavior = new SimulatorBehavior();
		behavior.setRateLimitEveryNthCall(2);

		assertThat(behavior.rateLimitThisCall()).isFalse();
		assertThat(behavior.rateLimitThisCall()).isTrue();
		assertThat(behavior.rateLimitThisCall()).isFalse();
	}

	@Test
	void settersWhenValuesOutOfRangeThenRejected() {
		SimulatorBehavior behavior = new SimulatorBehavior();

		assertThatIllegalArgumentException().isThrownBy(() -> behavior.setAccessTokenLifetime(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> behavior.setDefaultRoomsPageSize(1001));
		assertThatIllegalArgumentException().isThrownBy(() -> behavior.setRateLimitEveryNthCall(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> behavior.failNextApiRequests(1, 200));
	}

}
