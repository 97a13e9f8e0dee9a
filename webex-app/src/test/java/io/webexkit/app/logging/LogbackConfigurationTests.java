package io.webexkit.app.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's {@code logback-spring.xml} on its own, in a logger context of its own, with the properties Spring Boot
 * derives from {@code logging.*}: every appender it sets up, plain or JSON, masks messages and stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogbackConfigurationTests {

	private static final String BEARER = "simat_0123456789abcdefXYZ";

	@ParameterizedTest
	@ValueSource(strings = { "", "ecs", "logstash", "gelf" })
	@Tag("E4")
	void consoleWhenPlainOrStructuredThenMessagesAndStackTracesMasked(String format, CapturedOutput output)
			throws Exception { // E4
		LoggerContext context = configure(Map.of("CONSOLE_LOG_STRUCTURED_FORMAT", format));
		logSecrets(context);
		assertMasked(output.getAll(), format);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ecs" })
	@Tag("E4")
	void fileWhenLogFileSetThenWrittenMaskedToo(String format, @TempDir Path dir) throws Exception { // E4
		Path file = dir.resolve("webex-app.log");
		LoggerContext context = configure(Map.of("CONSOLE_LOG_THRESHOLD", "OFF", "LOG_FILE", file.toString(),
				"FILE_LOG_STRUCTURED_FORMAT", format));
		logSecrets(context);
		assertMasked(Files.readString(file), format);
	}

	@Test
	void consoleWhenPlainThenSpringBootsDefaultPattern(CapturedOutput output) throws Exception {
		LoggerContext context = configure(Map.of("CONSOLE_LOG_STRUCTURED_FORMAT", ""));
		context.getLogger("io.webexkit.test").info("Started WebexApplication in 3.2 seconds");
		context.stop();
		// application name and correlation pattern: whatever apps started before in this JVM left in system properties
		assertThat(output.getAll()).containsPattern(
				"\\d{4}-\\d\\d-\\d\\dT[\\d:.]+(Z|[+-][\\d:]+)  INFO .*--- .*\\[ *main] .*io\\.webexkit\\.test +: Started Webex");
	}

	/**
	 * A class loader that logs an exception for each class it does not find, as Tomcat's web app class loader does
	 * while it is not started. Looking up packaging data for a stack frame whose class only the context class loader
	 * might know asks it; the exception it logs has such a frame too, and so on.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "ecs" })
	void exceptionWhenContextClassLoaderLogsExceptionsThenLoggedOnce(String format, CapturedOutput output)
			throws Exception {
		LoggerContext context = configure(Map.of("CONSOLE_LOG_STRUCTURED_FORMAT", format));
		Logger logger = context.getLogger("io.webexkit.test");
		StackTraceElement[] unknownFrame = { new StackTraceElement("com.example.Unknown", "run", "Unknown.java", 1) };
		ClassLoader logging = new ClassLoader(getClass().getClassLoader()) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				IllegalStateException ex = new IllegalStateException("not started");
				ex.setStackTrace(unknownFrame);
				logger.info("Illegal access: " + name, ex);
				throw new ClassNotFoundException(name, ex);
			}
		};
		IOException failure = new IOException("failed");
		failure.setStackTrace(unknownFrame);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(logging);
		try {
			logger.warn("Request failed", failure);
		}
		finally {
			thread.setContextClassLoader(previous);
			context.stop();
		}
		assertThat(output.getAll()).contains("Request failed").doesNotContain("Illegal access");
	}

	private static void logSecrets(LoggerContext context) {
		Logger logger = context.getLogger("io.webexkit.test");
		logger.info("Securing GET /oauth?code=c0de-value&state=st4te-value");
		logger.warn("Token request failed",
				new IllegalStateException("refused Bearer " + BEARER, new IOException("client_secret=s3cret-value")));
		context.stop();
	}

	private static void assertMasked(String logged, String format) {
		assertThat(logged).contains("/oauth?code=******&state=******", "Bearer ******", "client_secret=******")
			.contains("IllegalStateException", "IOException")
			.doesNotContain("c0de-value", "st4te-value", BEARER, "s3cret-value");
		if (!format.isEmpty()) {
			assertThat(logged).startsWith("{").contains("\"Token request failed\"");
		}
	}

	private static LoggerContext configure(Map<String, String> properties) throws IOException, JoranException {
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new LogbackMDCAdapter());
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "webex-app");
		context.putObject(Environment.class.getName(), environment);
		properties.forEach(context::putProperty);
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(context);
		configurator.doConfigure(new ClassPathResource("logback-spring.xml").getURL());
		assertThat(new StatusUtil(context).getHighestLevel(0)).as(context.getStatusManager().getCopyOfStatusList()
			.toString()).isLessThan(Status.ERROR);
		return context;
	}

}
