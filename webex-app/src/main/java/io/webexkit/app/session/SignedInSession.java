package io.webexkit.app.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * All the app keeps of a browser session, in the session cookie (sealed): who signed in, and when the session
 * started and was last renewed. Tokens are never in it (they stay in the vault).
 *
 * @param registrationId the registration the person signed in with
 * @param personId the Webex person id
 * @param displayName shown on the pages
 * @param email shown on the pages, when Webex gave one
 * @param issuedAt when the person signed in: the session's absolute lifetime counts from here, and ending the
 * person's sessions ends every session issued before that moment
 * @param renewedAt when the cookie was last written: the idle timeout counts from here
 * @param csrfToken this session's CSRF token, random, made at sign-in: a form is accepted only with the token of the
 * session it is posted in, so a token planted by another site of the same domain is worth nothing
 */
public record SignedInSession(String registrationId, String personId, String displayName, @Nullable String email,
		Instant issuedAt, Instant renewedAt, String csrfToken) {

	private static final int FORMAT = 2;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Longer display names are cut: the cookie must stay small. */
	static final int MAX_NAME = 200;

	public SignedInSession {
		displayName = (displayName.length() > MAX_NAME) ? displayName.substring(0, MAX_NAME) : displayName;
	}

	/** A new session: issued and renewed now, with a new CSRF token. */
	static SignedInSession begin(String registrationId, String personId, String displayName, @Nullable String email,
			Instant now) {
		byte[] token = new byte[32];
		RANDOM.nextBytes(token);
		return new SignedInSession(registrationId, personId, displayName, email, now, now,
				Base64.getUrlEncoder().withoutPadding().encodeToString(token));
	}

	SignedInSession renewedAt(Instant now) {
		return new SignedInSession(this.registrationId, this.personId, this.displayName, this.email, this.issuedAt,
				now, this.csrfToken);
	}

	/** Whether this session and {@code other} are the same person's, under the same registration. */
	boolean samePerson(SignedInSession other) {
		return this.registrationId.equals(other.registrationId) && this.personId.equals(other.personId);
	}

	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			out.writeUTF(this.registrationId);
			out.writeUTF(this.personId);
			out.writeUTF(this.displayName);
			out.writeUTF((this.email != null) ? this.email : "");
			out.writeLong(this.issuedAt.toEpochMilli());
			out.writeLong(this.renewedAt.toEpochMilli());
			out.writeUTF(this.csrfToken);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The session in {@code bytes}, or empty when they are not one (an older format, say). */
	static Optional<SignedInSession> decode(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			if (in.readByte() != FORMAT) {
				return Optional.empty();
			}
			String registrationId = in.readUTF();
			String personId = in.readUTF();
			String displayName = in.readUTF();
			String email = in.readUTF();
			Instant issuedAt = Instant.ofEpochMilli(in.readLong());
			Instant renewedAt = Instant.ofEpochMilli(in.readLong());
			String csrfToken = in.readUTF();
			if (csrfToken.length() < 32) {
				return Optional.empty();
			}
			return Optional.of(new SignedInSession(registrationId, personId, displayName,
					email.isEmpty() ? null : email, issuedAt, renewedAt, csrfToken));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return "SignedInSession[" + this.registrationId + ", issuedAt=" + this.issuedAt + ", renewedAt="
				+ this.renewedAt + "]";
	}

}
