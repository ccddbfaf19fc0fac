package tr.destek.demo;

import org.springframework.stereotype.Component;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.BankDirectory;

/**
 * The demo bank officer works for the bank the qualifying demo enterprise chose for its
 * application (MADDE 8(4), 14), or for the first protocol bank by name when it has not
 * chosen one yet. Keeps an existing assignment.
 */
@Component
class DemoBankOfficer {

	static final String EMAIL = "bank-officer@demo.destek.gov.tr";

	private final UserAccountService users;

	private final BankDirectory banks;

	private final EnterpriseService enterprises;

	private final KosgebApplicationService applications;

	DemoBankOfficer(UserAccountService users, BankDirectory banks, EnterpriseService enterprises,
			KosgebApplicationService applications) {
		this.users = users;
		this.banks = banks;
		this.enterprises = enterprises;
		this.applications = applications;
	}

	/** Assigns the demo officer's bank if he has none; joins the caller's transaction. */
	void assign() {
		this.users.findByEmail(EMAIL)
			.filter(officer -> this.banks.bankOf(officer.getId()).isEmpty())
			.ifPresent(officer -> this.banks.assign(officer.getId(), preferredBank()));
	}

	String preferredBank() {
		return this.enterprises.findByTaxNumber(DemoEnterprises.QUALIFYING_TAX_NUMBER)
			.flatMap(enterprise -> this.applications.findForEnterprise(enterprise.getId()))
			.map(KosgebApplication::getPreferredBankCode)
			.orElseGet(() -> this.banks.banks().get(0).code());
	}

}
