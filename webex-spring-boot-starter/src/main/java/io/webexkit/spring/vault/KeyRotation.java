package io.webexkit.spring.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * After a key rotation ({@code WEBEX_TOKEN_KEY="<new>,<old>"}), rewrites every grant still encrypted with an old key
 * under the new one once the app has started, so the old key can be dropped soon after.
 */
public class KeyRotation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final TokenVault vault;

	public KeyRotation(TokenVault vault) {
		this.vault = vault;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			int rewritten = this.vault.reencryptAll();
			if (rewritten > 0) {
				log.info("Re-encrypted {} stored grant(s) under the current token key", rewritten);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not re-encrypt stored grants under the current token key now: {}", ex.toString());
		}
	}

}
