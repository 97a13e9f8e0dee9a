package io.webexkit.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A message's files, read from {@code /contents/{id}}: streamed with the token to the API's origin only, named safely
 * whatever Webex says, and Webex's scan outcomes (423 waited out within bounds, 410, 428) as distinct exceptions.
 */
class ContentsTests {

	private final FakeWebex webex = new FakeWebex();

	@TempDir
	Path directory;

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void downloadWhenServedThenStreamedWithNameTypeAndSizeAndTheTokenSent() throws InterruptedException {
		this.webex.enqueue(file("attachment; filename=\"report.pdf\"", "application/pdf", "%PDF-1.7 report"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FileInfo info = this.webex.client().contents().download(content("c1"), out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 report");
		assertThat(info.fileName()).isEqualTo("report.pdf");
		assertThat(info.contentType()).isEqualTo("application/pdf");
		assertThat(info.size()).isEqualTo(15);
		RecordedRequest request = this.webex.request(0);
		assertThat(request.getTarget()).isEqualTo("/v1/contents/c1");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
	}

	@Test
	void downloadIntoWhenWebexNamesAPathThenTheFileStaysInTheDirectoryAndNeverReplacesOne() throws IOException {
		Files.writeString(this.directory.resolve("passwd"), "mine");
		this.webex.enqueue(file("attachment; filename=\"../../etc/passwd\"", "text/plain", "theirs"));

		FileInfo info = this.webex.client().contents().downloadInto(content("c2"), this.directory);

		assertThat(info.path()).isNotNull();
		assertThat(info.path().getParent()).isEqualTo(this.directory);
		assertThat(info.fileName()).doesNotContain("/").doesNotContain("..");
		assertThat(Files.readString(this.directory.resolve("passwd"))).as("not replaced").isEqualTo("mine");
		assertThat(Files.readString(info.path())).isEqualTo("theirs");
	}

	@Test
	void downloadWhenTheNameIsEncodedThenDecodedAndMadeSafe() {
		this.webex.enqueue(file("attachment; filename*=UTF-8''%E2%80%AEtxt.exe%20r%C3%A9sum%C3%A9.pdf", "application/pdf",
				"x"));

		FileInfo info = this.webex.client().contents().download(content("c3"), new ByteArrayOutputStream());

		assertThat(info.fileName()).as("no bidirectional override to disguise the extension")
			.doesNotContain("\u202E")
			.endsWith("résumé.pdf");
	}

	@Test
	void downloadWhenScanningThenWaitsAsRetryAfterSaysAndGetsTheFile() {
		this.webex.enqueue(locked("3")).enqueue(locked("4")).enqueue(file("attachment; filename=\"a.txt\"", "text/plain", "ok"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.webex.client().contents().download(content("c4"), out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ok");
		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4));
	}

	@Test
	void downloadWhenTheScanOutlastsTheBoundThenScanPendingWithRetryAfterAndNoLongerWait() {
		this.webex.enqueue(locked("20")).enqueue(locked("20"));
		WebexClient client = this.webex.clientBuilder().fileScanTimeout(Duration.ofSeconds(30)).build();

		assertThatExceptionOfType(WebexFileScanPendingException.class)
			.isThrownBy(() -> client.contents().download(content("c5"), new ByteArrayOutputStream()))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(20)));
		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(20));
		assertThat(this.webex.requestCount()).isEqualTo(2);
	}

	@Test
	void waitingForScanAtMostWhenZeroThenThePendingScanIsReportedAtOnce() {
		this.webex.enqueue(locked("5"));

		assertThatExceptionOfType(WebexFileScanPendingException.class).isThrownBy(() -> this.webex.client()
			.contents()
			.waitingForScanAtMost(Duration.ZERO)
			.info(content("c6")));
		assertThat(this.webex.sleeper.sleeps()).isEmpty();
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void downloadWhenInfectedOrUnscannableThenDistinctExceptionsAndUnscannableOnlyWhenAllowed()
			throws InterruptedException {
		this.webex.enqueue(error(410)).enqueue(error(428)).enqueue(file("attachment; filename=\"s.7z\"", "application/x-7z-compressed", "7z"));
		WebexClient client = this.webex.client();

		assertThatExceptionOfType(WebexFileInfectedException.class)
			.isThrownBy(() -> client.contents().download(content("c7"), new ByteArrayOutputStream()));
		assertThatExceptionOfType(WebexFileUnscannableException.class)
			.isThrownBy(() -> client.contents().download(content("c8"), new ByteArrayOutputStream()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		client.contents().allowingUnscannable().download(content("c8"), out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("7z");
		assertThat(this.webex.request(1).getTarget()).isEqualTo("/v1/contents/c8");
		assertThat(this.webex.request(2).getTarget()).isEqualTo("/v1/contents/c8?allow=unscannable");
	}

	@Test
	void downloadWhenTheUrlIsOnAnotherOriginThenRefusedAndTheTokenGoesNowhere() {
		assertThatExceptionOfType(WebexForeignLinkException.class).isThrownBy(() -> this.webex.client()
			.contents()
			.download(URI.create("https://attacker.example/v1/contents/c9"), new ByteArrayOutputStream()));
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void infoWhenAskedThenAHeadWithoutTheBytes() {
		this.webex.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Disposition", "attachment; filename=\"big.iso\"")
			.setHeader("Content-Type", "application/octet-stream")
			.setHeader("Content-Length", "734003200")
			.build());

		FileInfo info = this.webex.client().contents().info(content("c10"));

		assertThat(this.webex.request(0).getMethod()).isEqualTo("HEAD");
		assertThat(info.fileName()).isEqualTo("big.iso");
		assertThat(info.size()).isEqualTo(734_003_200L);
	}

	private URI content(String id) {
		return URI.create(this.webex.url("/contents/" + id));
	}

	private static MockResponse file(String disposition, String type, String body) {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Disposition", disposition)
			.setHeader("Content-Type", type)
			.body(body)
			.build();
	}

	private static MockResponse locked(String retryAfter) {
		return new MockResponse.Builder().code(423)
			.setHeader("Retry-After", retryAfter)
			.setHeader("Content-Type", "application/json")
			.body("{\"message\":\"File is being scanned\",\"trackingId\":\"t\"}")
			.build();
	}

	private static MockResponse error(int status) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.body("{\"message\":\"refused\",\"trackingId\":\"t\"}")
			.build();
	}

}
