package tr.destek.kosgeb.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationControlService;
import tr.destek.kosgeb.ControlApproval;
import tr.destek.kosgeb.ControlDetails;
import tr.destek.kosgeb.ControlReview;
import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.CheckResult;
import tr.destek.kosgeb.ControlDetail;
import tr.destek.kosgeb.ControlProposal;
import tr.destek.kosgeb.ControlRefusedException;
import tr.destek.kosgeb.IllegalTransitionException;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.platform.web.Confirmation;

/**
 * The control page of one application (MADDE 9): what the applicant sent, the frozen
 * eligibility, the Başvuru Kontrol Tablosu, the proposal and approval forms as the role
 * and state allow, the SLA and the timeline. Every change is POST-redirect-GET; a
 * conflict with another staff member's action, or an action the state no longer allows,
 * answers with a clear message on the page, never a 500.
 */
@Controller
@RequestMapping("/kosgeb/control/{id}")
class ControlDetailController {

	static final String VIEW = "kosgeb/control/detail";

	private final ApplicationControlService control;

	private final ControlReview review;

	private final ControlApproval approval;

	private final ControlDetails details;

	private final MessageSource messages;

	ControlDetailController(ApplicationControlService control, ControlReview review, ControlApproval approval,
			ControlDetails details, MessageSource messages) {
		this.control = control;
		this.review = review;
		this.approval = approval;
		this.details = details;
		this.messages = messages;
	}

	@GetMapping
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		return view(user, id, model);
	}

	@PostMapping("/checks")
	String saveChecks(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("checksForm") ChecksFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, id, model);
		}
		return act(id, redirect, "kosgeb-control.checks.saved", () -> this.review.saveChecks(user, id, answers(form)));
	}

	private static Map<String, ControlReview.Answer> answers(ChecksFormData form) {
		Map<String, ControlReview.Answer> answers = new LinkedHashMap<>();
		for (ChecksFormData.Line line : form.getLines()) {
			answers.put(line.getCode(), new ControlReview.Answer(line.getResult(), line.getNote()));
		}
		return answers;
	}

	/**
	 * The proposal is sent from the same form as the Başvuru Kontrol Tablosu: the answers
	 * on the page are saved first (MADDE 9(1)), so that nothing the expert typed is lost
	 * when "Tabloyu kaydet" was not pressed or the proposal part has an error.
	 */
	@PostMapping("/proposal")
	String propose(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("proposalForm") ProposalFormData form, BindingResult result,
			@Valid @ModelAttribute("checksForm") ChecksFormData checks, BindingResult checksResult, Model model,
			RedirectAttributes redirect) {
		if (checksResult.hasErrors()) {
			return view(user, id, model);
		}
		if (!checks.getLines().isEmpty() && !done(redirect, () -> this.review.saveChecks(user, id, answers(checks)))) {
			return "redirect:/kosgeb/control/" + id;
		}
		if (form.getProposal() != null && form.getProposal() != ControlProposal.APPROVE_FOR_BOARD
				&& (form.getNote() == null || form.getNote().isBlank())) {
			// MADDE 9(2),(3): a rejection or a correction tells the applicant why
			result.rejectValue("note", "kosgeb-control.proposal.note.required");
		}
		if (form.getProposal() == ControlProposal.REQUEST_CORRECTION && form.getParts().isEmpty()) {
			result.rejectValue("parts", "kosgeb-control.proposal.parts.required");
		}
		if (result.hasErrors()) {
			return view(user, id, model);
		}
		return act(id, redirect, "kosgeb-control.proposal.sent", () -> this.review.propose(user, id, form.getVersion(),
				form.getProposal(), form.getNote(), form.getParts()));
	}

	/**
	 * The manager's approval cannot be undone (MADDE 9(2),(3)): a confirmation page
	 * first, with the proposal and its note, which works without JavaScript (issue 10
	 * point 12). Only the one who may decide sees it.
	 */
	@GetMapping("/approve")
	String confirmApprove(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		ControlDetail detail = this.details.detail(user, id);
		if (!detail.permissions().decide() || detail.application().getProposal() == null) {
			return "redirect:/kosgeb/control/" + id;
		}
		KosgebApplication application = detail.application();
		return Confirmation
			.of("kosgeb-control.decision.confirm.title", "/kosgeb/control/" + id + "/approve", "/kosgeb/control/" + id)
			.row("kosgeb-control.decision.confirm.reference", application.getReference())
			.row("kosgeb-control.decision.confirm.enterprise", detail.enterprise().getTitle())
			.rowLabel("kosgeb-control.decision.confirm.proposal", application.getProposal().messageKey())
			.row("kosgeb-control.decision.confirm.note", application.getProposalNote())
			.hidden("version", application.getVersion())
			.consequence("kosgeb-control.decision.confirm.consequence")
			.button("kosgeb-control.decision.approve", "confirm-approve-proposal")
			.show(model);
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "kosgeb-control.decision.approved", () -> this.approval.approve(user, id, version));
	}

	@PostMapping("/return")
	String returnToExpert(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("returnForm") ReturnFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, id, model);
		}
		return act(id, redirect, "kosgeb-control.decision.returned",
				() -> this.approval.returnToExpert(user, id, form.getVersion(), form.getNote()));
	}

	@PostMapping("/reassign")
	String reassign(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("staffForm") StaffFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, id, model);
		}
		return act(id, redirect, "kosgeb-control.reassigned",
				() -> this.control.reassign(user, id, form.getVersion(), form.getStaffId()));
	}

	@PostMapping("/assign")
	String assign(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("staffForm") StaffFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, id, model);
		}
		return act(id, redirect, "kosgeb-control.assigned",
				() -> this.control.assign(user, id, form.getVersion(), form.getStaffId()));
	}

	private String act(Long id, RedirectAttributes redirect, String successKey, Runnable action) {
		if (done(redirect, action)) {
			redirect.addFlashAttribute("flashSuccessKey", successKey);
		}
		return "redirect:/kosgeb/control/" + id;
	}

	/**
	 * Runs the action; when the rules or a concurrent change refuse it, says why in the
	 * flash and answers false.
	 */
	private boolean done(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "kosgeb-control.conflict");
		}
		catch (IllegalTransitionException ex) {
			redirect.addFlashAttribute("flashError", this.messages.getMessage("kosgeb-control.illegal-transition",
					new Object[] { this.messages.getMessage(ex.getStatus().messageKey(), null, locale()) }, locale()));
		}
		catch (ControlRefusedException ex) {
			redirect.addFlashAttribute("flashError",
					this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale()));
		}
		return false;
	}

	private static Locale locale() {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}

	private String view(DestekUser user, Long id, Model model) {
		ControlDetail detail = this.details.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("app", detail.application());
		model.addAttribute("results", CheckResult.values());
		model.addAttribute("proposals", ControlProposal.values());
		model.addAttribute("parts", ApplicationPart.values());
		if (!model.containsAttribute("checksForm")) {
			ChecksFormData checks = new ChecksFormData();
			detail.checklist()
				.forEach(line -> checks.getLines()
					.add(new ChecksFormData.Line(line.item().code(), line.startingAnswer(), line.note())));
			model.addAttribute("checksForm", checks);
		}
		if (!model.containsAttribute("proposalForm")) {
			ProposalFormData proposal = new ProposalFormData();
			proposal.setVersion(detail.application().getVersion());
			model.addAttribute("proposalForm", proposal);
		}
		if (!model.containsAttribute("returnForm")) {
			ReturnFormData returnForm = new ReturnFormData();
			returnForm.setVersion(detail.application().getVersion());
			model.addAttribute("returnForm", returnForm);
		}
		if (!model.containsAttribute("staffForm")) {
			StaffFormData staff = new StaffFormData();
			staff.setVersion(detail.application().getVersion());
			model.addAttribute("staffForm", staff);
		}
		return VIEW;
	}

}
