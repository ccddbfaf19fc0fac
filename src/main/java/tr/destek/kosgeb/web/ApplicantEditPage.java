package tr.destek.kosgeb.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRef;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.Countdown;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.ExpenseKind;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's edit page as its controllers share it (issue 10 point 3): the page
 * model with every section, the typed report and bank saved before another section's
 * change, and the 409 answer to a form opened before someone else's change.
 */
@Component
class ApplicantEditPage {

	static final String EDIT = "kosgeb/application/edit";

	private final KosgebApplicationService applications;

	private final Clock clock;

	ApplicantEditPage(KosgebApplicationService applications, Clock clock) {
		this.applications = applications;
		this.clock = clock;
	}

	/** The applicant's own application; none is "not found". */
	KosgebApplication own(DestekUser user) {
		return this.applications.findForEnterprise(user.getEnterpriseId()).orElseThrow(NotFoundException::new);
	}

	/** The edit page of {@code application}, keeping every form already in the model. */
	String edit(Model model, KosgebApplication application) {
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", ReportFormData.of(application));
		}
		if (!model.containsAttribute("item")) {
			ExpenseItemFormData item = new ExpenseItemFormData();
			item.setVersion(application.getVersion());
			model.addAttribute("item", item);
		}
		if (!model.containsAttribute("bank")) {
			BankFormData bank = new BankFormData();
			bank.setVersion(application.getVersion());
			bank.setBankCode(application.getPreferredBankCode());
			model.addAttribute("bank", bank);
		}
		List<DocumentRef> documents = this.applications.documents(application.getId());
		model.addAttribute("app", application);
		model.addAttribute("documents", documents);
		model.addAttribute("banks", this.applications.protocolBanks());
		model.addAttribute("kinds", ExpenseKind.values());
		model.addAttribute("categories", DocumentCategory.values());
		model.addAttribute("blockers", this.applications.blockers(application, documents));
		model.addAttribute("requestedAmount", application.requestedAmount());
		model.addAttribute("parts", new EditableParts(application));
		addCorrection(model, application);
		return EDIT;
	}

	/**
	 * A form opened before someone else's change (optimistic lock, issue 10 point 3): 409
	 * with the user's input kept in the form and the current saved values next to it; the
	 * form now names the current version, so sending it again is a deliberate choice.
	 */
	String conflict(Model model, DestekUser user, HttpServletResponse response) {
		KosgebApplication current = own(user);
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", true);
		model.addAttribute("currentBankName", bankName(current.getPreferredBankCode()));
		Object report = model.getAttribute("report");
		if (report instanceof ReportFormData typed) {
			typed.setVersion(current.getVersion());
		}
		return edit(model, current);
	}

	/**
	 * Saves the typed report and bank before another section's change and answers the
	 * version that change must name.
	 */
	long saveTyped(DestekUser user, ReportFormData report, BankFormData bank, BindingResult bankResult) {
		try {
			KosgebApplication current = own(user);
			return this.applications
				.saveSections(user, report.getVersion(),
						current.isEditable(ApplicationPart.REPORT) ? report.toReport() : null,
						current.isEditable(ApplicationPart.BANK) ? chosenBank(bank) : null)
				.getVersion();
		}
		catch (IllegalArgumentException ex) {
			KosgebForms.reject(bankResult, "bankCode", "kosgeb.bank.unknown");
			return report.getVersion();
		}
	}

	/** The countdown of an open correction window (MADDE 9(3), 10(5)). */
	void addCorrection(Model model, KosgebApplication application) {
		if ((application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED
				|| application.getStatus() == ApplicationStatus.BOARD_CORRECTION_REQUESTED)
				&& application.getCorrectionDeadline() != null) {
			model.addAttribute("countdown",
					Countdown.until(application.getCorrectionDeadline(), Instant.now(this.clock)));
		}
	}

	String bankName(String code) {
		if (code == null) {
			return null;
		}
		return this.applications.protocolBanks()
			.stream()
			.filter(bank -> bank.code().equals(code))
			.map(bank -> bank.name())
			.findFirst()
			.orElse(code);
	}

	static String chosenBank(BankFormData bank) {
		return (bank.getBankCode() == null || bank.getBankCode().isBlank()) ? null : bank.getBankCode().strip();
	}

	/**
	 * A client posting one section did not post the others: they are shown as saved, not
	 * as the empty values bound from the request.
	 */
	static void forget(boolean allSections, Model model, String... sections) {
		if (!allSections) {
			for (String section : sections) {
				model.asMap().remove(section);
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + section);
			}
		}
	}

	/** An item typed but not added while another section was saved stays typed. */
	static void keepTypedItem(boolean allSections, ExpenseItemFormData item, RedirectAttributes redirect) {
		if (allSections && item != null && item.isTyped()) {
			redirect.addFlashAttribute("item", item);
		}
	}

	/** Which sections the page lets the applicant change now. */
	public record EditableParts(boolean report, boolean items, boolean documents, boolean bank) {

		EditableParts(KosgebApplication application) {
			this(application.isEditable(ApplicationPart.REPORT), application.isEditable(ApplicationPart.EXPENSE_ITEMS),
					application.isEditable(ApplicationPart.DOCUMENTS), application.isEditable(ApplicationPart.BANK));
		}

	}

}
