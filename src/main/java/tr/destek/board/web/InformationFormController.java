package tr.destek.board.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tr.destek.board.CommitmentNotSignedException;
import tr.destek.board.InformationFormService;
import tr.destek.identity.DestekUser;

/**
 * The Kurul Bilgilendirme Formu (FRM.34.00.03) page of an agenda item: for the
 * secretariat, and for a member who signed the commitment for the meeting and sits for
 * the item (MADDE 12(11), 18(10)); before signing he is sent to the commitment.
 */
@Controller
class InformationFormController {

	private final InformationFormService forms;

	InformationFormController(InformationFormService forms) {
		this.forms = forms;
	}

	@GetMapping("/board/secretariat/meetings/{id}/items/{itemId}/information")
	String secretariat(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		model.addAttribute("info", this.forms.forSecretariat(id, itemId));
		model.addAttribute("back", "/board/secretariat/meetings/" + id);
		model.addAttribute("pdf", "/board/secretariat/meetings/" + id + "/items/" + itemId + "/information/pdf");
		return "board/information";
	}

	@GetMapping("/board/member/meetings/{id}/items/{itemId}/information")
	String member(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			Model model) {
		try {
			model.addAttribute("info", this.forms.forMember(id, itemId, user.getId()));
		}
		catch (CommitmentNotSignedException ex) {
			return "redirect:/board/member/meetings/" + id;
		}
		model.addAttribute("back", "/board/member/meetings/" + id + "/items/" + itemId);
		model.addAttribute("pdf", "/board/member/meetings/" + id + "/items/" + itemId + "/information/pdf");
		return "board/information";
	}

}
