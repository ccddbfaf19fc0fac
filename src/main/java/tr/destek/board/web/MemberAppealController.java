package tr.destek.board.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.appeal.AppealService;
import tr.destek.appeal.Appeal;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealItemResult;
import tr.destek.board.BoardMemberService;
import tr.destek.board.CommitmentNotSignedException;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.RejectionRecords;
import tr.destek.board.VoteDecision;
import tr.destek.document.DocumentDownloads;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.web.Confirmation;

/**
 * An appeal commission member's pages (MADDE 13): per appeal item — only after signing
 * the commitment (FRM.34.00.04) and while sitting for it — the appeal with its documents
 * and the unit's opinion, the vote (accept / reject with a reason; hidden until all
 * voted), the records of the board meeting that rejected the application (MADDE 13(13)),
 * and the İtiraz Karar Formu (FRM.34.00.07) to e-approve. The seat is checked by
 * {@link AppealCommissionService}; anyone else is refused.
 */
@Controller
class MemberAppealController {

	private final AppealCommissionService commission;

	private final BoardMemberService members;

	private final AppealService appeals;

	private final DocumentStore documents;

	private final AppealDecisionForms forms;

	private final BoardWeb web;

	private final MeetingRecordings recordings;

	MemberAppealController(AppealCommissionService commission, BoardMemberService members, AppealService appeals,
			DocumentStore documents, AppealDecisionForms forms, BoardWeb web, MeetingRecordings recordings) {
		this.commission = commission;
		this.members = members;
		this.appeals = appeals;
		this.documents = documents;
		this.forms = forms;
		this.web = web;
		this.recordings = recordings;
	}

	@GetMapping("/board/member/appeals/{id}/items/{itemId}")
	String item(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			Model model) {
		return itemView(user, id, itemId, model);
	}

	@PostMapping("/board/member/appeals/{id}/items/{itemId}/vote")
	String vote(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			@Valid @ModelAttribute("voteForm") AppealVoteFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return itemView(user, id, itemId, model);
		}
		return this.web.castVote(id,
				() -> this.commission.cast(id, itemId, user.getId(), form.getDecision(), form.getReason()), result,
				() -> itemView(user, id, itemId, model), redirect, "/board/member/appeals/" + id + "/items/" + itemId);
	}

	@GetMapping("/board/member/appeals/{id}/items/{itemId}/documents/{documentId}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long itemId, @PathVariable Long documentId) {
		Appeal appeal = this.commission.appealForMember(id, itemId, user.getId());
		return DocumentDownloads.response(this.documents.open(this.appeals.document(appeal, documentId).id())
			.orElseThrow(NotFoundException::new));
	}

	/** MADDE 13(13): the records of the board meeting that rejected the application. */
	@GetMapping("/board/member/appeals/{id}/items/{itemId}/records")
	String records(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			Model model) {
		RejectionRecords records;
		try {
			records = this.commission.rejectionRecords(id, itemId, user.getId());
		}
		catch (CommitmentNotSignedException ex) {
			return "redirect:/board/member/meetings/" + id;
		}
		List<Long> sitting = new ArrayList<>(records.sittingMembers());
		model.addAttribute("form", new DecisionForm(records.decision(), records.meeting(), records.item().getSubject(),
				sitting, this.web.names(sitting)));
		model.addAttribute("meetingId", id);
		model.addAttribute("itemId", itemId);
		// MADDE 12(12), 13(13): the recordings of that meeting
		model.addAttribute("recordings", this.recordings.recordingsOf(records.meeting().getId()));
		return "board/appeal/records";
	}

	/** MADDE 13(13): a recording of the board meeting that rejected the application. */
	@GetMapping("/board/member/appeals/{id}/items/{itemId}/records/recordings/{recordingId}")
	ResponseEntity<byte[]> recording(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long itemId, @PathVariable Long recordingId) {
		RejectionRecords records;
		try {
			records = this.commission.rejectionRecords(id, itemId, user.getId());
		}
		catch (CommitmentNotSignedException ex) {
			throw new AccessDeniedException("commitment not signed");
		}
		return RecordingController.download(this.recordings.openForAppealCommission(records, recordingId));
	}

	@GetMapping("/board/member/appeal-decisions/{id}")
	String decision(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		AppealDecisionForm form = this.forms.of(this.commission.decisionForMember(id, user.getId()));
		if (!form.meeting().hasSigned(user.getId())) {
			// FRM.34.00.04 (MADDE 12(11)): like every member page, the commitment first
			return "redirect:/board/member/meetings/" + form.meeting().getId();
		}
		model.addAttribute("form", form);
		model.addAttribute("me", user.getId());
		model.addAttribute("secretariat", false);
		return "board/appeal/decision";
	}

	/**
	 * A commission member's e-approval of the İtiraz Karar Formu cannot be withdrawn
	 * (MADDE 13(8)): a confirmation page first, which works without JavaScript (issue 10
	 * point 12).
	 */
	@GetMapping("/board/member/appeal-decisions/{id}/approve")
	String confirmApprove(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		String page = decision(user, id, model);
		if (!"board/appeal/decision".equals(page)) {
			return page;
		}
		AppealDecisionForm form = (AppealDecisionForm) model.getAttribute("form");
		return Confirmation
			.of("board.decision.approve.confirm.title", "/board/member/appeal-decisions/" + id + "/approve",
					"/board/member/appeal-decisions/" + id)
			.row("board.decision.confirm.application", form.applicationReference())
			.rowLabel("board.decision.confirm.outcome",
					form.decision().isAccepted() ? "appeal.decision.accepted" : "appeal.decision.rejected")
			.consequence("appeal.decision.approve.help")
			.button("board.decision.approve", "confirm-approve-appeal-decision")
			.show(model);
	}

	@PostMapping("/board/member/appeal-decisions/{id}/approve")
	String approve(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return this.web.act(redirect, "board.decision.approved.flash", () -> this.commission.approve(id, user.getId()),
				"redirect:/board/member/appeal-decisions/" + id);
	}

	@GetMapping("/board/member/appeal-decisions/{id}/form.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Locale locale) {
		return this.forms.pdf(this.forms.of(this.commission.decisionForMember(id, user.getId())), locale);
	}

	private String itemView(DestekUser user, Long id, Long itemId, Model model) {
		Appeal appeal;
		try {
			appeal = this.commission.appealForMember(id, itemId, user.getId());
		}
		catch (CommitmentNotSignedException ex) {
			return "redirect:/board/member/meetings/" + id;
		}
		Meeting meeting = this.members.meeting(id, user.getId());
		AppealItemResult result = this.commission.resultForMember(id, itemId, user.getId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", meeting.item(itemId));
		model.addAttribute("appeal", appeal);
		// the reasons of the rejection appealed (MADDE 13(13): the members see its
		// records)
		model.addAttribute("rejectionReason",
				this.commission.rejectionRecords(id, itemId, user.getId()).decision().getReasons());
		model.addAttribute("documents", this.appeals.documents(appeal.getId()));
		model.addAttribute("result", result);
		model.addAttribute("decisions", new VoteDecision[] { VoteDecision.ACCEPT, VoteDecision.REJECT });
		this.web.addVotes(model, result.visibleVotes(), result.complete(), user.getId());
		model.addAttribute("decision", this.commission.forItem(itemId).orElse(null));
		model.addAttribute("documentLink", "/board/member/appeals/" + id + "/items/" + itemId + "/documents/");
		if (!model.containsAttribute("voteForm")) {
			model.addAttribute("voteForm", new AppealVoteFormData());
		}
		return "board/appeal/member-item";
	}

}
