package tr.destek.loan.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.kosgeb.FileLabels;
import tr.destek.document.DocumentDownloads;
import tr.destek.identity.DestekUser;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanCheck;
import tr.destek.loan.Loan;
import tr.destek.loan.LoanControlService;
import tr.destek.loan.LoanRuleException;
import tr.destek.loan.LoanStatus;
import tr.destek.platform.MoneyFormat;
import tr.destek.platform.web.Confirmation;
import tr.destek.platform.web.RuleErrors;

/**
 * The unit's loan pages (MADDE 14(3)(c),(ç)): responsible staff and unit managers of the
 * application's province unit check allocations against the board's support base, return
 * them to the bank with reasons or approve them. Staff of another unit get 404.
 */
@Controller
class LoanControlController {

	private final FileLabels fileLabels;

	private final LoanControlService control;

	private final BankDirectory banks;

	LoanControlController(LoanControlService control, BankDirectory banks, FileLabels fileLabels) {
		this.fileLabels = fileLabels;
		this.control = control;
		this.banks = banks;
	}

	@GetMapping("/kosgeb/control/loans")
	String queue(@AuthenticationPrincipal DestekUser user, Model model) {
		if (user.getProvinceCode() == null) {
			model.addAttribute("noUnit", true);
			return "loan/control/queue";
		}
		List<Loan> loans = this.control.queue(user);
		model.addAttribute("loans", loans);
		model.addAttribute("bankNames", this.banks.names());
		// who the files are, in one query (issue 10, point 7)
		model.addAttribute("labels", this.fileLabels.of(loans.stream().map(Loan::getApplicationId).toList()));
		return "loan/control/queue";
	}

	@GetMapping("/kosgeb/control/loans/{id}")
	String check(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		LoanCheck check = this.control.check(user, id);
		model.addAttribute("check", check);
		model.addAttribute("loan", check.loan());
		model.addAttribute("accepted", check.application());
		if (!model.containsAttribute("returnForm")) {
			LoanReturnFormData form = new LoanReturnFormData();
			form.setVersion(check.loan().getVersion());
			model.addAttribute("returnForm", form);
		}
		return "loan/control/check";
	}

	@PostMapping("/kosgeb/control/loans/{id}/return")
	String returnToBank(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("returnForm") LoanReturnFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return check(user, id, model);
		}
		try {
			this.control.returnToBank(user, id, form.getVersion(), form.getReasons());
			redirect.addFlashAttribute("flashSuccessKey", "loan.control.returned");
		}
		catch (LoanRuleException ex) {
			RuleErrors.reject(result, ex);
			return check(user, id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "loan.error.conflict");
		}
		return "redirect:/kosgeb/control/loans/" + id;
	}

	/**
	 * The unit's approval of an allocation lets the bank disburse the loan and cannot be
	 * withdrawn (MADDE 14(3)(c)): a confirmation page first, with the allocation it
	 * approves, which works without JavaScript (issue 10 point 12). An allocation that is
	 * not waiting for the unit goes back to its page.
	 */
	@GetMapping("/kosgeb/control/loans/{id}/approve")
	String confirmApprove(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		LoanCheck check = this.control.check(user, id);
		Loan loan = check.loan();
		if (loan.getStatus() != LoanStatus.ALLOCATED) {
			return "redirect:/kosgeb/control/loans/" + id;
		}
		return Confirmation
			.of("loan.control.approve.confirm.title", "/kosgeb/control/loans/" + id + "/approve",
					"/kosgeb/control/loans/" + id)
			.row("loan.control.approve.confirm.application", check.application().reference())
			.row("loan.control.approve.confirm.enterprise", check.application().enterpriseTitle())
			.row("loan.control.approve.confirm.bank", check.bankName())
			.row("loan.control.approve.confirm.amount",
					MoneyFormat.format(loan.getAllocatedAmount(), LocaleContextHolder.getLocale()))
			.hidden("version", loan.getVersion())
			.consequence("loan.control.approve.confirm.consequence")
			.button("loan.control.approve", "approve-submit")
			.show(model);
	}

	@PostMapping("/kosgeb/control/loans/{id}/approve")
	String approve(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.control.approve(user, id, version);
			redirect.addFlashAttribute("flashSuccessKey", "loan.control.approved");
		}
		catch (LoanRuleException ex) {
			LoanRuleException.Problem problem = ex.getProblems().get(0);
			redirect.addFlashAttribute("approveErrorKey", problem.messageKey());
			redirect.addFlashAttribute("approveErrorArgs", problem.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "loan.error.conflict");
		}
		return "redirect:/kosgeb/control/loans/" + id;
	}

	@GetMapping("/kosgeb/control/loans/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long documentId) {
		return DocumentDownloads.response(this.control.document(user, id, documentId));
	}

}
