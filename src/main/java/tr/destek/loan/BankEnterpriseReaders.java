package tr.destek.loan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.EnterpriseReaders;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * A bank officer reads an enterprise whose accepted application chose his bank (MADDE
 * 8(4), 14(3)(a)) or on which his bank already holds a loan: the applications his bank
 * portal shows ({@link BankLoanService#acceptedApplication}).
 */
@Component
class BankEnterpriseReaders implements EnterpriseReaders {

	private final BankDirectory banks;

	private final JdbcClient jdbc;

	BankEnterpriseReaders(BankDirectory banks, JdbcClient jdbc) {
		this.banks = banks;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(DestekUser viewer, Long enterpriseId) {
		if (!viewer.hasRole(Role.BANK_OFFICER)) {
			return false;
		}
		return this.banks.bankOf(viewer.getId())
			.map(bank -> this.jdbc
				.sql("""
						select exists (select 1 from kosgeb_application a where a.enterprise_id = :enterprise and (
						  (a.preferred_bank_code = :bank and exists (select 1 from board_decision d where d.application_id = a.id
						     and d.outcome = 'ACCEPTED' and d.registry_number is not null))
						  or exists (select 1 from loan l where l.application_id = a.id and l.bank_code = :bank)))
						""")
				.param("enterprise", enterpriseId)
				.param("bank", bank)
				.query(Boolean.class)
				.single())
			.orElse(false);
	}

}
