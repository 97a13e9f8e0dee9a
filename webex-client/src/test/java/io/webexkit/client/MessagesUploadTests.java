package io.webexkit.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.webexkit.client.model.FileUpload;
import io.webexkit.client.model.MessageRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A message with an uploaded file: Webex takes it as {@code multipart/form-data}, the file in a {@code files} part
 * beside the text fields, at most 100 MB, never retried blindly since it may have been posted.
 */
class MessagesUploadTests {

	private final FakeWebex webex = new FakeWebex();

	@TempDir
	Path directory;

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void createWhenAFileIsUploadedThenOneMultipartRequestCarriesTheFieldsAndTheFileBytes() throws IOException {
		byte[] content = bytes(200_000);
		Path report = Files.write(this.directory.resolve("report.pdf"), content);
		this.webex.enqueueJson(200, "message-created.json");

		this.webex.client()
			.messages()
			.create(MessageRequest.builder()
				.roomId("r1")
				.parentId("m0")
				.markdown("The **report** – ready")
				.upload(FileUpload.of(report, "application/pdf"))
				.build());

		RecordedRequest request = this.webex.request(0);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/v1/messages");
		Multipart parts = Multipart.parse(request);
		assertThat(parts.names()).containsExactly("roomId", "parentId", "markdown", "files");
		assertThat(parts.text("roomId")).isEqualTo("r1");
		assertThat(parts.text("markdown")).isEqualTo("The **report** – ready");
		assertThat(parts.header("files")).contains("filename=\"report.pdf\"").contains("Content-Type: application/pdf");
		assertThat(parts.bytes("files")).isEqualTo(content);
		// A known length: no chunked encoding, which some servers refuse for uploads.
		assertThat(request.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(request.getBodySize()));
		assertThat(request.getHeaders().get("Transfer-Encoding")).isNull();
	}

	@Test
	void createWhenAStreamOfKnownLengthIsUploadedThenItsBytesAreSentAsTheFile() {
		byte[] content = bytes(70_000);
		this.webex.enqueueJson(200, "message-created.json");

		this.webex.client()
			.messages()
			.create(MessageRequest.builder()
				.toPersonEmail("bob@example.com")
				.upload(FileUpload.of("notes.txt", "text/plain", content.length, new ByteArrayInputStream(content)))
				.build());

		Multipart parts = Multipart.parse(this.webex.request(0));
		assertThat(parts.names()).containsExactly("toPersonEmail", "files");
		assertThat(parts.bytes("files")).isEqualTo(content);
	}

	@Test
	void createWhenTheStreamEndsBeforeItsDeclaredLengthThenTheUploadFailsInsteadOfPostingAShortFile() {
		this.webex.enqueueJson(200, "message-created.json");
		FileUpload upload = FileUpload.of("notes.txt", "text/plain", 1000, new ByteArrayInputStream(bytes(10)));

		assertThatExceptionOfType(WebexTransportException.class).isThrownBy(() -> this.webex.client()
			.messages()
			.create(MessageRequest.builder().roomId("r1").upload(upload).build()));
	}

	@Test
	void createWhenTheFileIsOverWebexsLimitThenRefusedBeforeAnythingIsSent() throws IOException {
		Path huge = this.directory.resolve("huge.bin");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(FileUpload.MAX_BYTES + 1); // sparse: takes no disk space
		}

		assertThatExceptionOfType(WebexFileTooLargeException.class).isThrownBy(() -> this.webex.client()
			.messages()
			.create(MessageRequest.builder().roomId("r1").upload(FileUpload.of(huge)).build()))
			.satisfies((ex) -> {
				assertThat(ex.size()).isEqualTo(FileUpload.MAX_BYTES + 1);
				assertThat(ex.limit()).isEqualTo(100L * 1024 * 1024);
			});
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void createWhenAStreamDeclaresMoreThanTheLimitThenRefusedUnread() {
		InputStream never = new InputStream() {
			@Override
			public int read() {
				throw new AssertionError("read");
			}
		};
		MessageRequest request = MessageRequest.builder()
			.roomId("r1")
			.upload(FileUpload.of("big.iso", "application/octet-stream", FileUpload.MAX_BYTES + 1, never))
			.build();

		assertThatExceptionOfType(WebexFileTooLargeException.class)
			.isThrownBy(() -> this.webex.client().messages().create(request));
		assertThat(this.webex.requestCount()).isZero();
	}

	@Test
	void createWhenExactlyAtTheLimitThenSent() throws IOException {
		Path atLimit = this.directory.resolve("limit.bin");
		try (RandomAccessFile file = new RandomAccessFile(atLimit.toFile(), "rw")) {
			file.setLength(FileUpload.MAX_BYTES);
		}
		this.webex.enqueue(new MockResponse.Builder().code(400).doNotReadRequestBody().build());

		// Refused by the fake, not by the client: the limit is inclusive.
		assertThatExceptionOfType(WebexApiException.class).isThrownBy(() -> this.webex.client()
			.messages()
			.create(MessageRequest.builder().roomId("r1").upload(FileUpload.of(atLimit)).build()))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void createWhenAFileUploadIsUnauthorizedOnceThenTheTokenIsRefreshedAndTheFileSentAgain() throws IOException {
		byte[] content = bytes(5000);
		Path file = Files.write(this.directory.resolve("a.bin"), content);
		this.webex.enqueueJson(401, "error-401.json");
		this.webex.enqueueJson(200, "message-created.json");

		this.webex.client()
			.messages()
			.create(MessageRequest.builder().roomId("r1").upload(FileUpload.of(file)).build());

		assertThat(this.webex.requests()).extracting((request) -> request.getHeaders().get("Authorization"))
			.containsExactly("Bearer token-1", "Bearer token-2");
		assertThat(Multipart.parse(this.webex.request(1)).bytes("files")).isEqualTo(content);
	}

	@Test
	void createWhenAStreamUploadIsUnauthorizedThenTheTokenIsRefreshedButTheSpentStreamIsNotSentAgain() {
		this.webex.enqueueJson(401, "error-401.json");
		this.webex.enqueueJson(200, "message-created.json");
		MessageRequest request = MessageRequest.builder()
			.roomId("r1")
			.upload(FileUpload.of("a.txt", "text/plain", 3, new ByteArrayInputStream(bytes(3))))
			.build();

		assertThatExceptionOfType(WebexApiException.class)
			.isThrownBy(() -> this.webex.client().messages().create(request))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(401);
				assertThat(ex).isNotInstanceOf(WebexAuthorizationException.class);
				assertThat(ex.getMessage()).contains("post again with a new stream");
			});
		assertThat(this.webex.tokens.rejected()).containsExactly("token-1");
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void createWhenWebexFailsDuringAnUploadThenNotRetriedSinceTheMessageMayHaveBeenPosted() throws IOException {
		Path file = Files.write(this.directory.resolve("a.bin"), bytes(100));
		this.webex.enqueue(new MockResponse.Builder().code(503).build());
		this.webex.enqueueJson(200, "message-created.json");

		assertThatExceptionOfType(WebexServerException.class).isThrownBy(() -> this.webex.client()
			.messages()
			.create(MessageRequest.builder().roomId("r1").upload(FileUpload.of(file)).build()));
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void createWhenRateLimitedThenAFileIsSentAgainAfterRetryAfterButAStreamIsNot() throws IOException {
		Path file = Files.write(this.directory.resolve("a.bin"), bytes(100));
		this.webex.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
		this.webex.enqueueJson(200, "message-created.json");
		this.webex.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
		WebexClient client = this.webex.client();

		client.messages().create(MessageRequest.builder().roomId("r1").upload(FileUpload.of(file)).build());
		MessageRequest stream = MessageRequest.builder()
			.roomId("r1")
			.upload(FileUpload.of("a.txt", "text/plain", 1, new ByteArrayInputStream(bytes(1))))
			.build();

		assertThatExceptionOfType(WebexRateLimitException.class).isThrownBy(() -> client.messages().create(stream));
		assertThat(this.webex.sleeper.sleeps()).hasSize(1);
		assertThat(this.webex.requestCount()).isEqualTo(3);
	}

	@Test
	void createWhenTheFileNameHasQuotesThenTheyCannotEndThePartsHeader() {
		this.webex.enqueueJson(200, "message-created.json");

		this.webex.client()
			.messages()
			.create(MessageRequest.builder()
				.roomId("r1")
				.upload(FileUpload.of("a\";name=\"roomId.txt", "text/plain", 1, new ByteArrayInputStream(bytes(1))))
				.build());

		Multipart parts = Multipart.parse(this.webex.request(0));
		assertThat(parts.names()).containsExactly("roomId", "files");
		assertThat(parts.header("files")).contains("filename=\"a%22;name=%22roomId.txt\"");
	}

	private static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (i * 31 + 7);
		}
		return bytes;
	}

	/** The parts of a recorded multipart body, read as a server would. */
	record Multipart(List<String> names, List<String> headers, List<byte[]> bodies) {

		static Multipart parse(RecordedRequest request) {
			String type = request.getHeaders().get("Content-Type");
			assertThat(type).startsWith("multipart/form-data; boundary=");
			byte[] body = request.getBody().toByteArray();
			byte[] delimiter = ("--" + type.substring(type.indexOf("boundary=") + 9)).getBytes(StandardCharsets.US_ASCII);
			List<String> names = new java.util.ArrayList<>();
			List<String> headers = new java.util.ArrayList<>();
			List<byte[]> bodies = new java.util.ArrayList<>();
			int at = indexOf(body, delimiter, 0);
			while (at >= 0) {
				int start = at + delimiter.length;
				if (body[start] == '-' && body[start + 1] == '-') {
					break;
				}
				int next = indexOf(body, delimiter, start);
				byte[] part = Arrays.copyOfRange(body, start + 2, next - 2); // after CRLF, before CRLF
				int split = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
				String header = new String(part, 0, split, StandardCharsets.UTF_8);
				headers.add(header);
				String name = header.replaceAll("(?s).*?name=\"([^\"]*)\".*", "$1");
				names.add(name);
				bodies.add(Arrays.copyOfRange(part, split + 4, part.length));
				at = next;
			}
			return new Multipart(names, headers, bodies);
		}

		String text(String name) {
			return new String(bytes(name), StandardCharsets.UTF_8);
		}

		byte[] bytes(String name) {
			return this.bodies.get(this.names.indexOf(name));
		}

		String header(String name) {
			return this.headers.get(this.names.indexOf(name));
		}

		private static int indexOf(byte[] haystack, byte[] needle, int from) {
			outer: for (int i = from; i <= haystack.length - needle.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (haystack[i + j] != needle[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
