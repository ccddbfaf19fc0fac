package tr.destek.board.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

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

import tr.destek.board.AgendaItem;
import tr.destek.board.AgendaSubject;
import tr.destek.board.AgendaItemKind;
import tr.destek.board.Ballot;
import tr.destek.board.BallotProblem;
import tr.destek.board.BoardMemberService;
import tr.destek.board.CommitmentNotSignedException;
import tr.destek.board.DecisionService;
import tr.destek.board.ItemResult;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.VoteDecision;
import tr.destek.board.VotingService;
import tr.destek.identity.DestekUser;
import tr.destek.platform.AmountText;

/**
 * A board member's meetings: the list, the confidentiality commitment (FRM.34.00.04)
 * before any file, the agenda with conflict declarations (MADDE 18(10)), and per item the
 * file, the vote form and — once all have voted — the results. Which meetings and files a
 * member may see is decided by {@link BoardMemberService}.
 */
@Controller
@RequestMapping("/board/member/meetings")
class MemberMeetingController {

	private final BoardMemberService members;

	private final VotingService voting;

	private final BoardWeb web;

	private final MeetingRecordings recordings;

	private final DecisionService decisions;

	MemberMeetingController(BoardMemberService members, VotingService voting, BoardWeb web,
			MeetingRecordings recordings, DecisionService decisions) {
		this.recordings = recordings;
		this.decisions = decisions;
		this.members = members;
		this.voting = voting;
		this.web = web;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DestekUser user, Model model) {
		model.addAttribute("meetings", this.members.meetingsOf(user.getId()));
		return "board/member/meetings";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		Meeting meeting = this.members.meeting(id, user.getId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("me", user.getId());
		if (!meeting.hasSigned(user.getId())) {
			model.addAttribute("commitment", this.members.currentCommitment());
			return "board/member/commitment";
		}
		model.addAttribute("signature", meeting.signatureOf(user.getId()));
		model.addAttribute("members", meeting.boardMembers());
		// MADDE 12(12): the recordings of the meeting, for the signed members who sat for
		// all of it without a conflict
		model.addAttribute("recordings", this.recordings.recordingsForMember(meeting, user.getId()));
		return "board/member/meeting";
	}

	@PostMapping("/{id}/sign")
	String sign(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "false") boolean approve, RedirectAttributes redirect) {
		// a meeting the member does not sit on is not found, approved or not
		this.members.meeting(id, user.getId());
		if (!approve) {
			redirect.addFlashAttribute("flashErrorKey", "board.commitment.approve.required");
			return "redirect:/board/member/meetings/" + id;
		}
		return this.web.act(redirect, "board.commitment.signed", () -> this.members.sign(id, user.getId()),
				"redirect:/board/member/meetings/" + id);
	}

	@PostMapping("/{id}/items/{itemId}/conflict")
	String declareConflict(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return this.web.act(redirect, "board.conflict.declared",
				() -> this.members.declareConflict(id, itemId, user.getId(), note == null ? null : note.strip()),
				"redirect:/board/member/meetings/" + id);
	}

	@GetMapping("/{id}/items/{itemId}")
	String item(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			Model model) {
		return itemView(user, id, itemId, model);
	}

	@PostMapping("/{id}/items/{itemId}/vote")
	String vote(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long itemId,
			@Valid @ModelAttribute("voteForm") VoteFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// every problem at once, next to its field (issue 10 point 11): amounts that are
		// no
		// amount, then what the rules of the vote find in the rest
		Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
		if (form.getDecision() == VoteDecision.ACCEPT) {
			for (Map.Entry<Long, String> typed : form.getAmounts().entrySet()) {
				try {
					BigDecimal amount = typed.getValue() == null ? null : AmountText.parse(typed.getValue());
					if (amount != null) {
						amounts.put(typed.getKey(), amount);
					}
				}
				catch (IllegalArgumentException ex) {
					BoardWeb.reject(result, "amounts[" + typed.getKey() + "]", "board.vote.amount.invalid",
							typed.getValue());
				}
			}
		}
		Ballot ballot = new Ballot(form.getDecision(), form.getReason(), form.getScores(), amounts);
		for (BallotProblem problem : this.voting.check(id, itemId, user.getId(), ballot)) {
			if (problem.field() == null) {
				result.reject(problem.messageKey(), problem.args(), null);
			}
			else if (!result.hasFieldErrors(problem.field())) {
				BoardWeb.reject(result, problem.field(), problem.messageKey(), problem.args());
			}
		}
		if (result.hasErrors()) {
			return itemView(user, id, itemId, model);
		}
		return this.web.castVote(id, () -> this.voting.cast(id, itemId, user.getId(), ballot), result,
				() -> itemView(user, id, itemId, model), redirect, "/board/member/meetings/" + id + "/items/" + itemId);
	}

	private String itemView(DestekUser user, Long id, Long itemId, Model model) {
		if (this.members.meeting(id, user.getId()).item(itemId).getKind() == AgendaItemKind.APPEAL) {
			// an appeal before the appeal commission (MADDE 13): its own file and vote
			return "redirect:/board/member/appeals/" + id + "/items/" + itemId;
		}
		AgendaSubject file;
		try {
			file = this.members.file(id, itemId, user.getId());
		}
		catch (CommitmentNotSignedException ex) {
			return "redirect:/board/member/meetings/" + id;
		}
		Meeting meeting = this.members.meeting(id, user.getId());
		AgendaItem item = meeting.item(itemId);
		ItemResult result = this.voting.resultForMember(id, itemId, user.getId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		model.addAttribute("file", file);
		model.addAttribute("result", result);
		model.addAttribute("criteria", this.voting.criteria());
		model.addAttribute("decisions", VoteDecision.values());
		model.addAttribute("me", user.getId());
		this.web.addVotes(model, result.visibleVotes(), result.complete(), user.getId());
		model.addAttribute("decidable", item.isDecidable(meeting.boardMembers()));
		// the Kurul Karar Formu to e-approve, once the secretariat prepared it (MADDE
		// 12(9))
		model.addAttribute("decision", this.decisions.forItem(itemId).orElse(null));
		if (!model.containsAttribute("voteForm")) {
			model.addAttribute("voteForm", new VoteFormData());
		}
		return "board/member/item";
	}

}
