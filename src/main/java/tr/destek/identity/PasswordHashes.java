package tr.destek.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place that hashes and checks passwords, for the account services that set them
 * ({@link UserAccountService}, {@link AccountCredentials}).
 */
@Component
class PasswordHashes {

	private final PasswordEncoder passwordEncoder;

	PasswordHashes(PasswordEncoder passwordEncoder) {
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * The hash of a raw password; refuses one the hash cannot take (over
	 * {@value PasswordFitsHash#MAX_BYTES} UTF-8 bytes) instead of failing inside bcrypt.
	 * Forms check it first with {@link PasswordFitsHash}.
	 */
	String hash(String rawPassword) {
		if (rawPassword == null || rawPassword.isEmpty() || !PasswordFitsHash.Validator.fits(rawPassword)) {
			throw new IllegalArgumentException(
					"a password has 1 to " + PasswordFitsHash.MAX_BYTES + " bytes in UTF-8 (bcrypt's limit)");
		}
		return this.passwordEncoder.encode(rawPassword);
	}

	/** Whether {@code rawPassword} is the one the account's hash was made from. */
	boolean matches(String rawPassword, UserAccount account) {
		return account.getPasswordHash() != null && rawPassword != null
				&& this.passwordEncoder.matches(rawPassword, account.getPasswordHash());
	}

}
