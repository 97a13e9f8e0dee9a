package io.webexkit.simulator.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar} on a jar Maven packaged before the integration tests, configured by environment variables only
 * (the process's own {@code WEBEX_*} and {@code SERVER_*} variables are left out), until it logs where it serves.
 */
final class JarProcess implements AutoCloseable {

	private static final Pattern SERVING = Pattern.compile("Simulated Webex at (http://[^ ]+)/v1");

	private final Process process;

	private final URI origin;

	private final List<String> output;

	private JarProcess(Process process, URI origin, List<String> output) {
		this.process = process;
		this.origin = origin;
		this.output = output;
	}

	/** The jar a Maven build put in {@code property} (see the failsafe configuration in the pom). */
	static Path packaged(String property) {
		String jar = System.getProperty(property);
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("No packaged jar in system property " + property + " (" + jar
					+ "): run this test through Maven (mvn verify), which packages the jar first");
		}
		return Path.of(jar);
	}

	static JarProcess start(Path jar, Map<String, String> environment, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("WEBEX_") || name.startsWith("SERVER_"));
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> output = new ArrayList<>();
		CompletableFuture<URI> serving = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(process, output, serving), "jar-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new JarProcess(process, serving.get(90, TimeUnit.SECONDS), output);
		}
		catch (Exception ex) {
			process.destroyForcibly();
			synchronized (output) {
				throw new IllegalStateException(jar + " did not say where it serves:\n" + String.join("\n", output), ex);
			}
		}
	}

	URI origin() {
		return this.origin;
	}

	/** Everything it printed so far. */
	String output() {
		synchronized (this.output) {
			return String.join("\n", this.output);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static void read(Process process, List<String> output, CompletableFuture<URI> serving) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				synchronized (output) {
					output.add(line);
				}
				Matcher matcher = SERVING.matcher(line);
				if (matcher.find()) {
					serving.complete(URI.create(matcher.group(1)));
				}
			}
			serving.completeExceptionally(new IllegalStateException("exited with " + process.waitFor()));
		}
		catch (IOException | InterruptedException ex) {
			serving.completeExceptionally(ex);
		}
	}

}
