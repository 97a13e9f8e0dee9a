package io.webexkit.simulator.server;

import java.io.PrintStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar webex-app.jar simulator} (or {@code java -jar webex-simulator-exec.jar}): one simulated Webex on its
 * own port that several app instances share, with operator endpoints under {@code /simulator/} for tests and
 * benchmarks, configured by environment variables. Only the web server and the simulator start: no security,
 * database, sessions or scheduling. {@link SimulatorServer} starts the same from code.
 */
public final class SimulatorLauncher {

	/** The first program argument that starts the simulator instead of the app. */
	public static final String COMMAND = "simulator";

	/** Lowest precedence: environment variables and {@code --name=value} arguments override them. */
	static final Map<String, Object> DEFAULTS = defaults();

	/**
	 * The command's own process also names itself in its log lines. Not a server started from code: Spring Boot
	 * hands the name to the log pattern through a JVM-wide system property, so the host application's lines would
	 * carry it too.
	 */
	static final Map<String, Object> COMMAND_DEFAULTS = commandDefaults();

	private SimulatorLauncher() {
	}

	public static void main(String[] args) {
		int status = run(args, System.err);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Starts the simulator and returns 0 while it runs, or prints one line saying which setting is missing or wrong
	 * and returns 1.
	 */
	static int run(String[] args, PrintStream err) {
		try {
			start(args);
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println("Cannot start the simulated Webex: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Starts the simulator, configured by environment variables and {@code --name=value} arguments.
	 * @throws IllegalArgumentException naming the variable when a setting is missing or wrong
	 */
	public static ConfigurableApplicationContext start(String... args) {
		return SimulatorServer.run(SimulatorSettings.from(environment(args)), null, COMMAND_DEFAULTS, args);
	}

	/** Where a started simulator answers, e.g. {@code http://127.0.0.1:10090}: for its start-up log and for tests. */
	public static URI origin(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return origin(context.getEnvironment(), port);
	}

	static URI origin(Environment environment, int port) {
		String address = environment.getProperty("server.address");
		String host;
		if (!StringUtils.hasText(address) || address.equals("0.0.0.0") || address.equals("::")) {
			host = "localhost";
		}
		else {
			host = address.contains(":") ? "[" + address + "]" : address;
		}
		return URI.create("http://" + host + ":" + port);
	}

	/** The same sources Spring Boot reads (arguments, system properties, environment, defaults), for checking first. */
	private static StandardEnvironment environment(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		environment.getPropertySources().addLast(new MapPropertySource("defaults", COMMAND_DEFAULTS));
		return environment;
	}

	private static Map<String, Object> defaults() {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("server.port", 10090);
		// local only unless SERVER_ADDRESS says otherwise: the operator endpoints have no login
		defaults.put("server.address", "127.0.0.1");
		// not the app's application.yml: none of its settings apply here
		defaults.put("spring.config.name", "webex-simulator");
		defaults.put("spring.main.banner-mode", "off");
		defaults.put("spring.jmx.enabled", false);
		// Webex takes files of up to 100 MB in a message upload, beside a few form fields
		defaults.put("spring.servlet.multipart.max-file-size", "100MB");
		defaults.put("spring.servlet.multipart.max-request-size", "101MB");
		// read when the endpoint asks, so that a refusal is Webex's JSON error
		defaults.put("spring.servlet.multipart.resolve-lazily", true);
		return Map.copyOf(defaults);
	}

	private static Map<String, Object> commandDefaults() {
		Map<String, Object> defaults = new LinkedHashMap<>(DEFAULTS);
		defaults.put("spring.application.name", "webex-simulator");
		return Map.copyOf(defaults);
	}

}
