package io.webexkit.spring.bodies;

import java.time.Duration;
import java.time.Instant;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledLogTests {

	final Logger logger = (Logger) LoggerFactory.getLogger(ThrottledLogTests.class);

	final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

	final ThrottledLog log = new ThrottledLog(this.logger, this.clock);

	@BeforeEach
	void attach() {
		this.lines.start();
		this.logger.addAppender(this.lines);
	}

	@AfterEach
	void detach() {
		this.logger.detachAppender(this.lines);
	}

	@Test
	void infoWhenSameReasonWithinAMinuteThenOneLineAndTheNextCountsThoseHeldBack() {
		for (int i = 0; i < 40; i++) {
			this.log.info("unknown", "refused key {}", "K" + i);
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("refused key K0");
		this.clock.advance(Duration.ofSeconds(20));
		this.log.info("unknown", "refused key {}", "K40");
		this.log.info("unknown", "refused key {}", "K41");
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("refused key K0", "refused key K40 (39 more like it since the last such line)");
	}

	@Test
	void infoWhenAnotherReasonThenALineOfItsOwn() {
		this.log.info("unknown", "refused {}", "unknown");
		this.log.info("busy", "refused {}", "busy");
		this.log.info("busy", "refused {}", "busy");
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("refused unknown", "refused busy");
	}

}
