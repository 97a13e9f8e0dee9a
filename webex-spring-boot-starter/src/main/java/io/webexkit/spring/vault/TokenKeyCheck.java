package io.webexkit.spring.vault;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.StartupRefusedException;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.refresh.RefreshCoordinator;

import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses to start when stored grants were written with a key the configured ring does not hold: a rotation done with
 * only the new key, one instance with a typo, or a second instance that generated its own key. Starting anyway would
 * make every such user GRANT again; refusing keeps every row exactly as it is until the right key is given. Key ids are
 * fingerprints of the keys, so a missing key is told apart from a damaged row.
 */
public class TokenKeyCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TokenKeyCheck.class);

	private final GrantIndex index;

	private final TokenKeyRing keys;

	private final RefreshCoordinator.RegistrationSource registrations;

	public TokenKeyCheck(GrantIndex index, TokenKeyRing keys, RefreshCoordinator.RegistrationSource registrations) {
		this.index = index;
		this.keys = keys;
		this.registrations = registrations;
	}

	@Override
	public void afterPropertiesSet() {
		Map<String, Long> usage = this.index.keyUsage(this.registrations.registrationId());
		Map<String, Long> missing = usage.entrySet()
			.stream()
			.filter((entry) -> !this.keys.ids().contains(entry.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (!missing.isEmpty()) {
			String which = missing.entrySet()
				.stream()
				.map((entry) -> "key id " + entry.getKey() + " (" + entry.getValue() + " grant"
						+ ((entry.getValue() == 1) ? "" : "s") + ")")
				.collect(Collectors.joining(", "));
			throw new StartupRefusedException("Stored grants are encrypted with token keys that are not in the key "
					+ "ring from " + this.keys.source() + ": " + which + ". The configured ring holds key id(s) "
					+ String.join(", ", this.keys.ids()) + ". Nothing was changed or deleted.",
					"Start with a key ring that includes the key(s) that wrote them: restore the key from its "
							+ "backup, or list it in WEBEX_TOKEN_KEY (or WEBEX_TOKEN_KEY_FILE); during a rotation the "
							+ "new key first and the old one after it, WEBEX_TOKEN_KEY=\"<new>,<old>\", and the same "
							+ "ring on every instance. A key's id is the start of its SHA-256: "
							+ "printf '%s' '<base64 key>' | base64 -d | sha256sum | cut -c1-16");
		}
		long stored = usage.values().stream().mapToLong(Long::longValue).sum();
		log.debug("Token key check passed: {} stored grant(s) under key ids {}", stored, usage.keySet());
	}

}
