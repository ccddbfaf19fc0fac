package tr.destek.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.AccountAdministration;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.mail.OutgoingMail;

/**
 * Disputed tax numbers (issue #9 point 7): a sign-up with a tax number another enterprise
 * holds becomes a claim, and the claimant is told by e-mail, in neutral words, that the
 * number needs verification by the administration. An admin releases the number to the
 * claimant (the holder's enterprise keeps its history but gives the number up and its
 * users are disabled; the claimant gets a new enterprise and an activation link by
 * e-mail) or rejects the claim; both with a reason, audited.
 */
@Service
public class TaxNumberClaims {

	static final String ENTITY = "TaxNumberClaim";

	private final TaxNumberClaimRepository claims;

	private final EnterpriseRepository enterprises;

	private final EnterpriseService enterpriseService;

	private final UserAccountService users;

	private final AccountAdministration administration;

	private final AuditTrail audit;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final Clock clock;

	TaxNumberClaims(TaxNumberClaimRepository claims, EnterpriseRepository enterprises,
			EnterpriseService enterpriseService, UserAccountService users, AuditTrail audit, OutgoingMail mail,
			MessageSource messages, Clock clock, AccountAdministration administration) {
		this.administration = administration;
		this.claims = claims;
		this.enterprises = enterprises;
		this.enterpriseService = enterpriseService;
		this.users = users;
		this.audit = audit;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records a claim against the enterprise holding the number, and tells the claimant.
	 */
	@Transactional
	public TaxNumberClaim record(Enterprise holder, TaxNumber taxNumber, Registration registration, String email,
			String fullName, Locale locale) {
		String language = (locale != null && "en".equals(locale.getLanguage())) ? "en" : "tr";
		TaxNumberClaim claim = this.claims.save(new TaxNumberClaim(taxNumber, holder.getId(), registration, email,
				fullName, language, Instant.now(this.clock)));
		this.audit.recordAs("anonymous", "TAX_NUMBER_CLAIMED", ENTITY, claim.getId(),
				"Sign-up with a tax number held by enterprise " + holder.getId() + "; waits for an admin", null,
				claim.describe());
		send(claim, "enterprise.mail.claim.received", masked(taxNumber.value()));
		return claim;
	}

	@Transactional(readOnly = true)
	public List<TaxNumberClaim> pending() {
		return this.claims.findByStatusOrderByCreatedAt(TaxNumberClaim.Status.PENDING);
	}

	@Transactional(readOnly = true)
	public List<TaxNumberClaim> recentlyDecided() {
		return this.claims.findTop50ByStatusNotOrderByDecidedAtDesc(TaxNumberClaim.Status.PENDING);
	}

	@Transactional(readOnly = true)
	public Optional<TaxNumberClaim> find(Long id) {
		return this.claims.findById(id);
	}

	/**
	 * Releases the tax number to the claimant: the holder gives it up and its users are
	 * disabled (their sessions end); the claimant's enterprise is registered with what he
	 * typed and his account gets an activation link by e-mail.
	 * @throws InvalidEnterpriseChangeException on {@code reason} without a reason or for
	 * a claim already decided; on {@code email} when the claimant's address meanwhile has
	 * an account
	 */
	@Transactional
	public TaxNumberClaim release(Long claimId, String reason, String admin) {
		TaxNumberClaim claim = this.claims.findById(claimId).orElseThrow(() -> new UnknownClaimException(claimId));
		if (claim.getStatus() == TaxNumberClaim.Status.PENDING && this.users.emailTaken(claim.getEmail())) {
			throw new InvalidEnterpriseChangeException("reason", "enterprise.claims.emailTaken");
		}
		claim.checkDecidable(reason);
		String before = claim.describe();
		Instant now = Instant.now(this.clock);
		Enterprise holder = this.enterprises.findById(claim.getHolderEnterpriseId())
			.orElseThrow(() -> new UnknownClaimException(claimId));
		if (!holder.isTaxNumberReleased()) {
			String holderBefore = holder.describe();
			holder.releaseTaxNumber(now);
			this.enterprises.flush();
			this.audit.record("ENTERPRISE_TAX_NUMBER_RELEASED", EnterpriseService.ENTITY, holder.getId(),
					"Tax number released to claim " + claimId + ": " + claim.getDecisionReason(), holderBefore,
					holder.describe() + ", taxNumberReleased=true");
			for (UserAccount user : this.users.colleagues(holder.getId())) {
				if (user.isEnabled()) {
					this.administration.setEnabled(user.getId(), false);
				}
			}
		}
		Enterprise claimant = this.enterpriseService.register(claim.registration());
		claim.release(claimant.getId(), admin, reason, now);
		this.users.createApplicantAwaitingActivation(claimant.getId(), claim.getEmail(), claim.getFullName(),
				Locale.forLanguageTag(claim.getPreferredLocale()), admin);
		this.claims.flush();
		this.audit.record("TAX_NUMBER_CLAIM_RELEASED", ENTITY, claimId, "Tax number released to the claimant", before,
				claim.describe());
		send(claim, "enterprise.mail.claim.released", masked(claim.getTaxNumber()));
		return claim;
	}

	/** Rejects the claim: the holder keeps the number; the claimant is told. */
	@Transactional
	public TaxNumberClaim reject(Long claimId, String reason, String admin) {
		TaxNumberClaim claim = this.claims.findById(claimId).orElseThrow(() -> new UnknownClaimException(claimId));
		String before = claim.describe();
		claim.reject(admin, reason, Instant.now(this.clock));
		this.claims.flush();
		this.audit.record("TAX_NUMBER_CLAIM_REJECTED", ENTITY, claimId, "Claim rejected; the holder keeps the number",
				before, claim.describe());
		send(claim, "enterprise.mail.claim.rejected", masked(claim.getTaxNumber()));
		return claim;
	}

	private static String masked(String taxNumber) {
		return tr.destek.platform.Identifiers.mask(taxNumber);
	}

	private void send(TaxNumberClaim claim, String key, String maskedTaxNumber) {
		Locale locale = Locale.forLanguageTag(claim.getPreferredLocale());
		Object[] args = { claim.getFullName(), maskedTaxNumber, claim.getTitle() };
		this.mail.send(claim.getEmail(), this.messages.getMessage(key + ".subject", args, locale),
				this.messages.getMessage(key + ".body", args, locale));
	}

	public static class UnknownClaimException extends RuntimeException {

		public UnknownClaimException(Long id) {
			super("no tax number claim " + id);
		}

	}

}
