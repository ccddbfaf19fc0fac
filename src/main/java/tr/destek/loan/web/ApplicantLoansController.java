package tr.destek.loan.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.identity.DestekUser;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanQueries;

/**
 * The applicant's loans, read-only (MADDE 14(3)(d), 15(4)): each loan of its own
 * enterprise with its status and, once disbursed, the subsidy schedule per quarter.
 */
@Controller
class ApplicantLoansController {

	private final LoanQueries queries;

	private final BankDirectory banks;

	ApplicantLoansController(LoanQueries queries, BankDirectory banks) {
		this.queries = queries;
		this.banks = banks;
	}

	@GetMapping("/kosgeb/application/loans")
	String loans(@AuthenticationPrincipal DestekUser user, Model model) {
		model.addAttribute("loans", this.queries.ofApplicant(user));
		model.addAttribute("bankNames", this.banks.names());
		return "loan/applicant/loans";
	}

}
