package tr.destek.board.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.board.Board;
import tr.destek.board.BoardKind;
import tr.destek.board.BoardRuleException;
import tr.destek.board.BoardSeat;
import tr.destek.board.BoardService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.platform.web.RuleErrors;

/**
 * The secretariat's boards (MADDE 11, 12(4)): the list, a new board with its three
 * members, a board's seats and history, member replacement with its reason, members' TCKN
 * for conflict detection, and scheduling a meeting (MADDE 12(1)).
 */
@Controller
@RequestMapping("/board/secretariat/boards")
class SecretariatBoardController {

	private final BoardService boards;

	private final MeetingService meetings;

	private final BoardWeb web;

	SecretariatBoardController(BoardService boards, MeetingService meetings, BoardWeb web) {
		this.boards = boards;
		this.meetings = meetings;
		this.web = web;
	}

	@GetMapping
	String initBoardForm(Model model) {
		model.addAttribute("boardForm", new BoardFormData());
		return list(model);
	}

	@PostMapping
	String processBoardForm(@Valid @ModelAttribute("boardForm") BoardFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long chair = checkedUser(form.getChairEmail(), "chairEmail", result);
		Long first = checkedUser(form.getFirstMemberEmail(), "firstMemberEmail", result);
		Long second = checkedUser(form.getSecondMemberEmail(), "secondMemberEmail", result);
		if (result.hasErrors()) {
			return list(model);
		}
		try {
			Board board = this.boards.create(form.getName(), form.getKind(), chair, List.of(first, second));
			redirect.addFlashAttribute("flashSuccessKey", "board.created");
			return "redirect:/board/secretariat/boards/" + board.getId();
		}
		catch (BoardRuleException ex) {
			RuleErrors.reject(result, null, ex);
			return list(model);
		}
	}

	private Long checkedUser(String email, String field, BindingResult result) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		Long id = this.web.userIdByEmail(email);
		if (id == null) {
			result.rejectValue(field, "board.member.unknown");
		}
		return id;
	}

	private String list(Model model) {
		List<Board> all = this.boards.all();
		model.addAttribute("boards", all);
		model.addAttribute("kinds", BoardKind.values());
		return "board/secretariat/boards";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		return detail(id, model);
	}

	@PostMapping("/{id}/replace")
	String replace(@PathVariable Long id, @Valid @ModelAttribute("replaceForm") ReplaceMemberFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long successor = result.hasFieldErrors("email") ? null : this.web.userIdByEmail(form.getEmail());
		if (successor == null && !result.hasFieldErrors("email")) {
			result.rejectValue("email", "board.member.unknown");
		}
		if (result.hasErrors()) {
			return detail(id, model);
		}
		try {
			this.boards.replaceMember(id, form.getSeatId(), successor, form.getReason());
		}
		catch (BoardRuleException ex) {
			RuleErrors.reject(result, null, ex);
			return detail(id, model);
		}
		redirect.addFlashAttribute("flashSuccessKey", "board.replaced");
		return "redirect:/board/secretariat/boards/" + id;
	}

	@PostMapping("/{id}/tckn")
	String tckn(@PathVariable Long id, @Valid @ModelAttribute("tcknForm") TcknFormData form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Board board = this.boards.find(id);
		if (form.getUserId() == null || !board.sits(form.getUserId())) {
			result.rejectValue("userId", "board.member.unknown");
		}
		if (result.hasErrors()) {
			return detail(id, model);
		}
		try {
			this.boards.recordMemberTckn(form.getUserId(), form.getTckn());
		}
		catch (BoardRuleException ex) {
			RuleErrors.reject(result, "tckn", ex);
			return detail(id, model);
		}
		redirect.addFlashAttribute("flashSuccessKey", "board.tckn.saved");
		return "redirect:/board/secretariat/boards/" + id;
	}

	@PostMapping("/{id}/meetings")
	String schedule(@PathVariable Long id, @Valid @ModelAttribute("meetingForm") MeetingFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detail(id, model);
		}
		try {
			Meeting meeting = this.meetings.schedule(id, form.getFormat(), form.getPlace(), form.getLink(),
					LocalDateTime.of(form.getDate(), form.getTime()));
			redirect.addFlashAttribute("flashSuccessKey", "board.meeting.scheduled");
			return "redirect:/board/secretariat/meetings/" + meeting.getId();
		}
		catch (BoardRuleException ex) {
			String field = switch (ex.getMessageKey()) {
				case "board.error.meeting.place-required" -> "place";
				case "board.error.meeting.link-required" -> "link";
				case "board.error.agenda.lead-days" -> "date";
				default -> null;
			};
			RuleErrors.reject(result, field, ex);
			return detail(id, model);
		}
	}

	private String detail(Long id, Model model) {
		Board board = this.boards.find(id);
		model.addAttribute("board", board);
		model.addAttribute("names", this.web.names(board.seatHistory().stream().map(BoardSeat::getUserId).toList()));
		model.addAttribute("meetings", this.meetings.meetingsOf(id));
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("earliest", this.meetings.earliestMeetingDate(board.getKind()));
		if (!model.containsAttribute("replaceForm")) {
			model.addAttribute("replaceForm", new ReplaceMemberFormData());
		}
		if (!model.containsAttribute("tcknForm")) {
			model.addAttribute("tcknForm", new TcknFormData());
		}
		if (!model.containsAttribute("meetingForm")) {
			MeetingFormData meeting = new MeetingFormData();
			meeting.setDate(this.meetings.earliestMeetingDate(board.getKind()));
			meeting.setTime(java.time.LocalTime.of(10, 0));
			model.addAttribute("meetingForm", meeting);
		}
		return "board/secretariat/board";
	}

}
