package tr.destek.enterprise;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.UserAccountService;

/**
 * The web sign-up (issue #9 points 7 and 9): it never tells the person at the form
 * whether an e-mail address or a tax number is registered; every outcome answers with the
 * same page, and the mailbox learns the rest.
 * <ul>
 * <li>a new address and a free tax number: the enterprise and its first user are created;
 * the user acts only after confirming the address through the mailed link;</li>
 * <li>an address that has an account: nothing is created; its owner is told by
 * e-mail;</li>
 * <li>a tax number another enterprise holds: nothing is created but a
 * {@link TaxNumberClaim} for an admin to decide; the claimant is told by e-mail that the
 * number needs verification by the administration.</li>
 * </ul>
 */
@Service
public class Signups {

	private final EnterpriseService enterprises;

	private final TaxNumberClaims claims;

	private final UserAccountService users;

	Signups(EnterpriseService enterprises, TaxNumberClaims claims, UserAccountService users) {
		this.enterprises = enterprises;
		this.claims = claims;
		this.users = users;
	}

	/**
	 * @throws InvalidTaxNumberException, InvalidNaceCodeException,
	 * InvalidEnterpriseChangeException for input the form could not check
	 */
	@Transactional
	public Outcome signUp(Registration registration, String email, String fullName, String rawPassword, Locale locale) {
		TaxNumber taxNumber = TaxNumber.of(registration.taxNumber());
		if (this.users.emailTaken(email)) {
			this.users.warnOfSignupWithExistingEmail(email);
			return Outcome.EMAIL_HAS_ACCOUNT;
		}
		Optional<Enterprise> holder = this.enterprises.findByTaxNumber(taxNumber.value());
		if (holder.isPresent()) {
			this.claims.record(holder.get(), taxNumber, registration, email, fullName, locale);
			return Outcome.TAX_NUMBER_CLAIMED;
		}
		Enterprise enterprise = this.enterprises.register(registration);
		this.users.createApplicantAwaitingConfirmation(enterprise.getId(), email, fullName, rawPassword, locale);
		return Outcome.REGISTERED;
	}

	/** What happened; the person at the form is answered the same in every case. */
	public enum Outcome {

		REGISTERED, EMAIL_HAS_ACCOUNT, TAX_NUMBER_CLAIMED

	}

}
