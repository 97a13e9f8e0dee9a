import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.webexkit.client.AccessTokenSupplier;
import io.webexkit.client.FileInfo;
import io.webexkit.client.WebexClient;
import io.webexkit.client.model.FileUpload;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;

/**
 * Uploads a file through WebexClient to the standalone simulator (streamed multipart) and downloads it again
 * (streamed to a file), then checks the bytes, in rounds (-Drounds, 3): the last one is after JIT warm-up. Run with a small heap (-Xmx128m) to show neither direction holds
 * the file in memory. Prints seconds, MB/s and the heap's peak use for each direction.
 *
 * Usage: java -Xmx128m -cp <webex-client and its dependencies> bench/Files.java SIMULATOR_URL FILE CLIENT_ID SECRET
 */
public class FilesBench {

	private static final String REDIRECT_URI = "http://localhost:10060/oauth";

	public static void main(String[] args) throws Exception {
		URI simulator = URI.create(args[0]);
		Path file = Path.of(args[1]);
		String token = token(simulator, args[2], args[3]);
		WebexClient webex = WebexClient.builder()
			.baseUrl(simulator.resolve("/v1"))
			.tokenSupplier(AccessTokenSupplier.of(token))
			.build();
		Room space = webex.rooms()
			.stream(RoomQuery.builder().build())
			.filter((room) -> "Webex Kit Demo".equals(room.title()))
			.findFirst()
			.orElseThrow();
		long size = java.nio.file.Files.size(file);
		String expected = sha256(java.nio.file.Files.newInputStream(file));

		int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
		Message message = null;
		for (int round = 1; round <= rounds; round++) {
			resetPeak();
			long start = System.nanoTime();
			message = webex.messages()
				.create(MessageRequest.builder().roomId(space.id()).text("The big file").upload(FileUpload.of(file)).build());
			double upload = (System.nanoTime() - start) / 1e9;
			long uploadPeak = peakHeap();

			Path target = java.nio.file.Files.createTempFile("webex-bench-download-", ".bin");
			resetPeak();
			start = System.nanoTime();
			FileInfo info = webex.contents().download(URI.create(message.files().get(0)), target);
			double download = (System.nanoTime() - start) / 1e9;
			long downloadPeak = peakHeap();
			String actual = sha256(java.nio.file.Files.newInputStream(target));
			java.nio.file.Files.delete(target);
			if (!expected.equals(actual) || info.size() != size) {
				throw new IllegalStateException("The downloaded file differs: " + info);
			}
			double mb = size / 1_048_576.0;
			long maxHeap = Runtime.getRuntime().maxMemory() / 1_048_576;
			System.out.printf("round " + round + " client upload   %6.1f MB in %6.2f s = %7.1f MB/s, heap peak %4d MB of %d MB%n", mb, upload,
					mb / upload, uploadPeak / 1_048_576, maxHeap);
			System.out.printf("round " + round + " client download %6.1f MB in %6.2f s = %7.1f MB/s, heap peak %4d MB of %d MB, sha-256 equal%n",
					mb, download, mb / download, downloadPeak / 1_048_576, maxHeap);

		}
		System.out.println("CONTENT_URL=" + message.files().get(0));
		System.out.println("TOKEN=" + token);
	}

	private static void resetPeak() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static String sha256(InputStream in) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (DigestInputStream data = new DigestInputStream(in, digest)) {
			data.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A token for the first simulated person through the consent page (authorization code with PKCE). */
	private static String token(URI simulator, String clientId, String secret) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String verifier = "bench-files-pkce-verifier-0123456789abcdefghijklmnopqrstuvwxyz";
		String challenge = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		Map<String, String> authorize = new LinkedHashMap<>();
		authorize.put("client_id", clientId);
		authorize.put("response_type", "code");
		authorize.put("redirect_uri", REDIRECT_URI);
		authorize.put("scope", "spark:rooms_read spark:messages_read spark:messages_write");
		authorize.put("state", "bench");
		authorize.put("code_challenge", challenge);
		authorize.put("code_challenge_method", "S256");
		String page = http.send(HttpRequest.newBuilder(simulator.resolve("/v1/authorize?" + form(authorize))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher consent = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"").matcher(page);
		Matcher person = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page);
		if (!consent.find() || !person.find()) {
			throw new IllegalStateException("No consent page: " + page);
		}
		String location = http.send(HttpRequest.newBuilder(simulator.resolve("/v1/authorize/decision"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("consent", unescape(consent.group(1)), "decision",
					"accept", "person", unescape(person.group(1))))))
			.build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow();
		String code = URLDecoder.decode(location.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
		String answer = http.send(HttpRequest.newBuilder(simulator.resolve("/v1/access_token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id",
					clientId, "client_secret", secret, "code", code, "redirect_uri", REDIRECT_URI, "code_verifier",
					verifier))))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		return answer.replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private static String unescape(String html) {
		return html.replace("&#61;", "=").replace("&#43;", "+").replace("&#47;", "/").replace("&amp;", "&");
	}

	private static String form(Map<String, String> values) {
		StringBuilder form = new StringBuilder();
		values.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

}
