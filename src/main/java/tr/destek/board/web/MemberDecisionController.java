package tr.destek.board.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.board.DecisionService;
import tr.destek.identity.DestekUser;
import tr.destek.platform.web.Confirmation;

/**
 * A member reads the Kurul Karar Formu of an item he sat for and e-approves it (MADDE
 * 12(9)).
 */
@Controller
@RequestMapping("/board/member/decisions/{id}")
class MemberDecisionController {

	private final DecisionService decisions;

	private final DecisionForms forms;

	private final BoardWeb web;

	MemberDecisionController(DecisionService decisions, DecisionForms forms, BoardWeb web) {
		this.decisions = decisions;
		this.forms = forms;
		this.web = web;
	}

	@GetMapping
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		DecisionForm form = this.forms.of(id);
		if (!form.sitting().contains(user.getId())) {
			throw new AccessDeniedException("did not sit for this item");
		}
		if (!form.meeting().hasSigned(user.getId())) {
			// FRM.34.00.04 (MADDE 12(11)): like every member page, the commitment first
			return "redirect:/board/member/meetings/" + form.meeting().getId();
		}
		model.addAttribute("form", form);
		model.addAttribute("me", user.getId());
		return "board/member/decision";
	}

	/**
	 * A member's e-approval of the Kurul Karar Formu cannot be withdrawn (MADDE 12(9)): a
	 * confirmation page first, which works without JavaScript (issue 10 point 12).
	 */
	@GetMapping("/approve")
	String confirmApprove(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		String page = show(user, id, model);
		if (!"board/member/decision".equals(page)) {
			return page;
		}
		DecisionForm form = this.forms.of(id);
		return Confirmation
			.of("board.decision.approve.confirm.title", "/board/member/decisions/" + id + "/approve",
					"/board/member/decisions/" + id)
			.row("board.decision.confirm.application", form.applicationReference())
			.rowLabel("board.decision.confirm.outcome", form.decision().getOutcome().messageKey())
			.consequence("board.decision.approve.help")
			.button("board.decision.approve", "confirm-approve-decision")
			.show(model);
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return this.web.act(redirect, "board.decision.approved.flash", () -> this.decisions.approve(id, user.getId()),
				"redirect:/board/member/decisions/" + id);
	}

}
