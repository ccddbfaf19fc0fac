package tr.destek.loan.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.kosgeb.FileLabels;
import tr.destek.document.DocumentDownloads;
import tr.destek.document.DocumentRejectedException;
import tr.destek.identity.DestekUser;
import tr.destek.loan.AcceptedApplication;
import tr.destek.loan.AllocationCommand;
import tr.destek.loan.ApprovedItem;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.BankLoanService;
import tr.destek.loan.DisbursementCommand;
import tr.destek.loan.Loan;
import tr.destek.loan.LoanRuleException;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.web.RuleErrors;

/**
 * The bank portal (MADDE 14(3)) for bank officers: the accepted applications that chose
 * the officer's bank, loan applications, allocations with documents, disbursements. An
 * officer sees only his own bank's applications and loans; others are 404. An officer
 * without a bank sees a page saying so.
 */
@Controller
class BankPortalController {

	private final FileLabels fileLabels;

	private final BankLoanService loans;

	private final BankDirectory banks;

	BankPortalController(BankLoanService loans, BankDirectory banks, FileLabels fileLabels) {
		this.fileLabels = fileLabels;
		this.loans = loans;
		this.banks = banks;
	}

	private Optional<String> bank(DestekUser user, Model model) {
		Optional<String> bank = this.banks.bankOf(user.getId());
		bank.ifPresent(code -> {
			model.addAttribute("bankCode", code);
			model.addAttribute("bankName", this.banks.name(code));
		});
		return bank;
	}

	private String requireBank(DestekUser user) {
		return this.banks.bankOf(user.getId()).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/bank")
	String home() {
		return "redirect:/bank/applications";
	}

	@GetMapping("/bank/applications")
	String applications(@AuthenticationPrincipal DestekUser user, Model model) {
		Optional<String> bank = bank(user, model);
		if (bank.isEmpty()) {
			return "loan/bank/unassigned";
		}
		model.addAttribute("applications", this.loans.acceptedApplications(bank.get()));
		return "loan/bank/applications";
	}

	@GetMapping("/bank/applications/{id}")
	String application(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		String bank = bank(user, model).orElseThrow(NotFoundException::new);
		AcceptedApplication application = this.loans.acceptedApplication(bank, id);
		model.addAttribute("accepted", application);
		model.addAttribute("loans",
				this.loans.loans(bank).stream().filter(l -> l.getApplicationId().equals(id)).toList());
		if (!model.containsAttribute("applicationForm")) {
			model.addAttribute("applicationForm", new LoanApplicationFormData());
		}
		return "loan/bank/application";
	}

	@PostMapping("/bank/applications/{id}/loans")
	String createLoan(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("applicationForm") LoanApplicationFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String bank = requireBank(user);
		if (result.hasErrors()) {
			return application(user, id, model);
		}
		try {
			Loan loan = this.loans.createLoanApplication(bank, id, form.getBankReference());
			redirect.addFlashAttribute("flashSuccessKey", "loan.bank.applied");
			return "redirect:/bank/loans/" + loan.getId();
		}
		catch (LoanRuleException ex) {
			RuleErrors.reject(result, ex);
			return application(user, id, model);
		}
	}

	@GetMapping("/bank/loans")
	String loanList(@AuthenticationPrincipal DestekUser user, Model model) {
		Optional<String> bank = bank(user, model);
		if (bank.isEmpty()) {
			return "loan/bank/unassigned";
		}
		List<Loan> bankLoans = this.loans.loans(bank.get());
		model.addAttribute("loans", bankLoans);
		model.addAttribute("labels", this.fileLabels.of(bankLoans.stream().map(Loan::getApplicationId).toList()));
		return "loan/bank/loans";
	}

	@GetMapping("/bank/loans/{id}")
	String loan(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		String bank = bank(user, model).orElseThrow(NotFoundException::new);
		Loan loan = this.loans.loan(bank, id);
		AcceptedApplication application = this.loans.acceptedApplication(bank, loan.getApplicationId());
		model.addAttribute("loan", loan);
		model.addAttribute("accepted", application);
		model.addAttribute("documents", this.loans.documents(bank, id));
		model.addAttribute("items", application.items());
		if (!model.containsAttribute("allocationForm")) {
			AllocationFormData form = new AllocationFormData();
			form.setVersion(loan.getVersion());
			form.setAmount(loan.getAllocatedAmount());
			for (ApprovedItem item : application.items()) {
				BigDecimal part = loan.financedAmount(item.expenseItemId());
				form.getLines()
					.add(new AllocationFormData.Line(item.expenseItemId(), (part.signum() == 0) ? null : part));
			}
			model.addAttribute("allocationForm", form);
		}
		if (!model.containsAttribute("disbursementForm")) {
			DisbursementFormData form = new DisbursementFormData();
			form.setVersion(loan.getVersion());
			form.setAmount(loan.getAllocatedAmount());
			model.addAttribute("disbursementForm", form);
		}
		return "loan/bank/loan";
	}

	@PostMapping("/bank/loans/{id}/documents")
	String upload(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		String bank = requireBank(user);
		try {
			this.loans.uploadDocument(bank, id, file);
			redirect.addFlashAttribute("flashSuccessKey", "loan.bank.document.stored");
		}
		catch (DocumentRejectedException ex) {
			redirect.addFlashAttribute("documentErrorKey", ex.messageKey());
			redirect.addFlashAttribute("documentErrorArgs", ex.arguments());
		}
		catch (LoanRuleException ex) {
			redirect.addFlashAttribute("documentErrorKey", ex.getProblems().get(0).messageKey());
			redirect.addFlashAttribute("documentErrorArgs", ex.getProblems().get(0).arguments());
		}
		return "redirect:/bank/loans/" + id + "#documents";
	}

	@PostMapping("/bank/loans/{id}/documents/{documentId}/remove")
	String removeDocument(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long documentId, RedirectAttributes redirect) {
		String bank = requireBank(user);
		try {
			this.loans.removeDocument(bank, id, documentId);
			redirect.addFlashAttribute("flashSuccessKey", "loan.bank.document.removed");
		}
		catch (LoanRuleException ex) {
			redirect.addFlashAttribute("documentErrorKey", ex.getProblems().get(0).messageKey());
			redirect.addFlashAttribute("documentErrorArgs", ex.getProblems().get(0).arguments());
		}
		return "redirect:/bank/loans/" + id + "#documents";
	}

	@GetMapping("/bank/loans/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long documentId) {
		return DocumentDownloads.response(this.loans.document(requireBank(user), id, documentId));
	}

	@PostMapping("/bank/loans/{id}/allocation")
	String allocate(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@ModelAttribute("allocationForm") AllocationFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String bank = requireBank(user);
		if (result.hasErrors()) {
			return loan(user, id, model);
		}
		Map<Long, BigDecimal> items = new LinkedHashMap<>();
		List<AllocationFormData.Line> lines = form.getLines();
		for (AllocationFormData.Line line : lines) {
			if (line.getExpenseItemId() != null && line.getAmount() != null && line.getAmount().signum() != 0) {
				items.put(line.getExpenseItemId(), line.getAmount());
			}
		}
		return act(id, result, redirect, "loan.bank.allocated", field -> {
			if (field.startsWith("items[")) {
				Long itemId = Long.valueOf(field.substring(6, field.length() - 1));
				for (int i = 0; i < lines.size(); i++) {
					if (itemId.equals(lines.get(i).getExpenseItemId())) {
						return "lines[" + i + "].amount";
					}
				}
				return null;
			}
			return field;
		}, () -> this.loans.allocate(bank, id, form.getVersion(),
				new AllocationCommand(form.getAmount(), form.getCurrency(), items)), () -> loan(user, id, model));
	}

	@PostMapping("/bank/loans/{id}/disbursement")
	String disburse(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@ModelAttribute("disbursementForm") DisbursementFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String bank = requireBank(user);
		if (result.hasErrors()) {
			return loan(user, id, model);
		}
		return act(id, result, redirect, "loan.bank.disbursed", f -> f,
				() -> this.loans.disburse(bank, id, form.getVersion(),
						new DisbursementCommand(form.getAmount(), form.getCurrency(), form.getDisbursementDate(),
								form.getTermMonths(), form.getGraceMonths(), form.getAnnualRate())),
				() -> loan(user, id, model));
	}

	private String act(Long id, BindingResult result, RedirectAttributes redirect, String successKey,
			java.util.function.UnaryOperator<String> fields, Runnable action, Supplier<String> page) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccessKey", successKey);
			return "redirect:/bank/loans/" + id;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "loan.error.conflict");
			return "redirect:/bank/loans/" + id;
		}
		catch (LoanRuleException ex) {
			RuleErrors.reject(result, ex, fields);
			return page.get();
		}
	}

}
