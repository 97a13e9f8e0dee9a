import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits the request threads' CPU samples of an async-profiler run (collapsed stacks, recorded with the
 * {@code threads} option) into the parts of a page view, and prints each part's share.
 *
 * <pre>java bench/Profile.java collapsed.txt</pre>
 *
 * Each stack is walked from its leaf towards its root; the first frame that belongs to one of the parts below names
 * the part. So the database and the cipher count for whoever called them (the session stamp, the vault), Jackson
 * counts as JSON even when the Webex client called it, and a socket write counts for Tomcat.
 */
public class Profile {

	/** In this order where one frame could match two. */
	private static final List<Part> PARTS = List.of(
			new Part("reading the JSON of 100 rooms into records (Jackson)", "tools/jackson/|com/fasterxml/jackson/"),
			new Part("rendering the page (JTE templates, escaping)", "gg/jte/|BufferedJteViewResolver"),
			new Part("the session cookie: opening it, checking the person's session stamp",
					"io/webexkit/app/session/"),
			new Part("the starter: the user's grant read and decrypted, the per-request client", "io/webexkit/spring/"),
			new Part("the Webex call (webex-client over the JDK HttpClient)",
					"io/webexkit/client/|java/net/http/|jdk/internal/net/http/"),
			new Part("building the page's view model (controller, rows, relative times)", "io/webexkit/app/spaces/"),
			new Part("Spring Security's filters", "org/springframework/security/"),
			new Part("Spring MVC dispatch (handler lookup, arguments, view resolution)",
					"org/springframework/web/servlet/|org/springframework/web/method/|org/springframework/web/bind/"),
			new Part("Tomcat and the servlet filters (request id, headers, socket I/O)",
					"org/apache/catalina/|org/apache/coyote/|org/apache/tomcat/|org/springframework/web/filter/"
							+ "|io/webexkit/app/web/|io/webexkit/app/errors/|io/webexkit/app/logging/"));

	private record Part(String name, Pattern frames) {

		Part(String name, String frames) {
			this(name, Pattern.compile(frames.replace("/", "[./]"))); // JVM or Java spelling of a package
		}

	}

	public static void main(String[] args) throws IOException {
		Map<String, Long> samples = new LinkedHashMap<>();
		PARTS.forEach((part) -> samples.put(part.name(), 0L));
		String other = "other (JIT-compiled stubs, the JVM, unattributed)";
		samples.put(other, 0L);
		long total = 0;
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			int space = line.lastIndexOf(' ');
			if (space < 0 || !line.startsWith("[http-nio-")) {
				continue; // request threads only
			}
			long count = Long.parseLong(line.substring(space + 1).trim());
			String[] frames = line.substring(0, space).split(";");
			total += count;
			samples.merge(partOf(frames, other), count, Long::sum);
		}
		System.out.printf("%d samples on request threads%n", total);
		for (Map.Entry<String, Long> entry : samples.entrySet()) {
			System.out.printf("| %5.1f %% | %s |%n", (total > 0) ? 100.0 * entry.getValue() / total : 0.0,
					entry.getKey());
		}
	}

	private static String partOf(String[] frames, String other) {
		for (int i = frames.length - 1; i >= 0; i--) {
			for (Part part : PARTS) {
				if (part.frames().matcher(frames[i]).find()) {
					return part.name();
				}
			}
		}
		return other;
	}

}
