package tr.destek.board.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

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
import tr.destek.board.BoardKind;
import tr.destek.board.BoardRuleException;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.ItemResult;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.MeetingService;
import tr.destek.board.MeetingStatus;
import tr.destek.board.SubjectLabel;
import tr.destek.board.SubjectLabels;
import tr.destek.board.SubjectRef;
import tr.destek.board.VotingService;
import tr.destek.platform.web.Confirmation;
import tr.destek.platform.web.RuleErrors;

/**
 * The secretariat's meeting page (MADDE 12): the agenda builder from applications ready
 * for the board, other matters, sending the agenda (7 days ahead, MADDE 12(1); 15 new
 * applications a day, 12(8)); afterwards conflicts and substitutes (MADDE 18(10)), vote
 * progress and the decision forms to prepare.
 */
@Controller
@RequestMapping("/board/secretariat/meetings/{id}")
class SecretariatMeetingController {

	private final MeetingService meetings;

	private final VotingService voting;

	private final DecisionService decisions;

	private final BoardWeb web;

	private final MeetingRecordings recordings;

	private final SubjectLabels labels;

	SecretariatMeetingController(MeetingService meetings, VotingService voting, DecisionService decisions, BoardWeb web,
			MeetingRecordings recordings, SubjectLabels labels) {
		this.labels = labels;
		this.recordings = recordings;
		this.meetings = meetings;
		this.voting = voting;
		this.decisions = decisions;
		this.web = web;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		return view(id, model);
	}

	@PostMapping("/applications")
	String addApplication(@PathVariable Long id, @RequestParam Long applicationId,
			@RequestParam(required = false) String source, RedirectAttributes redirect) {
		return act(id, redirect, "board.agenda.added",
				() -> this.meetings.addSubject(id, this.labels.ref(source, applicationId)));
	}

	/**
	 * Several ready files on the agenda at once (issue 10, point 9): each goes through
	 * the single action ({@link MeetingService#addApplication}, its own transaction:
	 * ready for the board, on no open agenda, 15 new a day of MADDE 12(8)), is audited on
	 * its own, and a refusal is reported for that file without undoing the others.
	 */
	@PostMapping("/applications/bulk")
	String addApplications(@PathVariable Long id,
			@RequestParam(name = "applicationIds", required = false) List<Long> applicationIds,
			@RequestParam(required = false) String source, RedirectAttributes redirect) {
		if (applicationIds == null || applicationIds.isEmpty()) {
			redirect.addFlashAttribute("flashErrorKey", "board.agenda.bulk.none");
			return "redirect:/board/secretariat/meetings/" + id;
		}
		this.meetings.find(id); // an unknown meeting is 404 before anything is tried
		List<AgendaLine> lines = new ArrayList<>();
		for (Long applicationId : new LinkedHashSet<>(applicationIds)) {
			SubjectRef ref = this.labels.ref(source, applicationId);
			Optional<SubjectLabel> label = this.labels.of(ref);
			if (label.isEmpty()) {
				lines.add(new AgendaLine(applicationId, "#" + applicationId, false,
						this.web.text("board.agenda.bulk.not-found")));
				continue;
			}
			String reference = label.get().reference();
			try {
				this.meetings.addSubject(id, ref);
				lines.add(new AgendaLine(applicationId, reference, true, this.web.text("board.agenda.added")));
			}
			catch (BoardRuleException ex) {
				lines.add(new AgendaLine(applicationId, reference, false, this.web.message(ex)));
			}
		}
		redirect.addFlashAttribute("agendaResults", lines);
		return "redirect:/board/secretariat/meetings/" + id;
	}

	/** One file's result of a bulk addition (kept in the session's flash). */
	record AgendaLine(Long applicationId, String reference, boolean done, String text) implements Serializable {
	}

	@PostMapping("/other")
	String addOther(@PathVariable Long id, @Valid @ModelAttribute("otherForm") OtherItemFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(id, model);
		}
		return act(id, redirect, "board.agenda.added", () -> this.meetings.addOtherItem(id, form.getSubject()));
	}

	@PostMapping("/items/{itemId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
		return act(id, redirect, "board.agenda.removed", () -> this.meetings.removeItem(id, itemId));
	}

	/**
	 * Sending the agenda cannot be undone (MADDE 12(1)): a confirmation page first, which
	 * works without JavaScript (issue 10 point 12).
	 */
	@GetMapping("/send")
	String confirmSend(@PathVariable Long id, Model model) {
		Meeting meeting = this.meetings.find(id);
		return Confirmation
			.of("board.agenda.confirm.title", "/board/secretariat/meetings/" + id + "/send",
					"/board/secretariat/meetings/" + id)
			.row("board.agenda.confirm.board", meeting.getBoard().getName())
			.row("board.meeting.when",
					java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", java.util.Locale.ROOT)
						.format(meeting.getStartsAt().atZone(tr.destek.platform.DestekTime.ZONE)))
			.row("board.agenda.confirm.items", meeting.getItems().size())
			.consequence("board.agenda.send.help")
			.button("board.agenda.send", "confirm-send-agenda")
			.show(model);
	}

	@PostMapping("/send")
	String send(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "board.agenda.sent", () -> this.meetings.sendAgenda(id));
	}

	@PostMapping("/substitute")
	String substitute(@PathVariable Long id, @Valid @ModelAttribute("substituteForm") SubstituteFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long substitute = result.hasFieldErrors("email") ? null : this.web.userIdByEmail(form.getEmail());
		if (substitute == null && !result.hasFieldErrors("email")) {
			result.rejectValue("email", "board.member.unknown");
		}
		if (result.hasErrors()) {
			return view(id, model);
		}
		try {
			this.meetings.seatSubstitute(id, form.getItemId(), form.getReplacedUserId(), substitute, form.getReason());
		}
		catch (BoardRuleException ex) {
			RuleErrors.reject(result, null, ex);
			return view(id, model);
		}
		redirect.addFlashAttribute("flashSuccessKey", "board.substitute.seated");
		return "redirect:/board/secretariat/meetings/" + id;
	}

	@PostMapping("/items/{itemId}/decision")
	String prepare(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
		return this.web.prepareForm(redirect, "board.decision.prepared", () -> this.decisions.prepare(id, itemId),
				"/board/secretariat/decisions/", "/board/secretariat/meetings/" + id);
	}

	private String act(Long id, RedirectAttributes redirect, String successKey, Runnable action) {
		return this.web.act(redirect, successKey, action, "redirect:/board/secretariat/meetings/" + id);
	}

	private String view(Long id, Model model) {
		Meeting meeting = this.meetings.find(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("board", meeting.getBoard());
		Set<Long> people = new HashSet<>(meeting.boardMembers());
		meeting.getItems().forEach(i -> i.getSubstitutes().forEach(s -> people.add(s.getSubstituteUserId())));
		model.addAttribute("names", this.web.names(people));
		model.addAttribute("members", meeting.boardMembers());
		Set<SubjectRef> subjects = new HashSet<>();
		meeting.getItems()
			.stream()
			.map(AgendaItem::getSubjectRef)
			.filter(java.util.Objects::nonNull)
			.forEach(subjects::add);
		Map<SubjectRef, SubjectLabel> labels = new HashMap<>();
		if (meeting.getStatus() == MeetingStatus.SCHEDULED) {
			// subjects ready for the board, or forwarded appeals for the commission
			List<SubjectLabel> ready = this.meetings.candidates(meeting);
			ready.forEach(a -> {
				subjects.add(a.ref());
				labels.put(a.ref(), a);
			});
			model.addAttribute("ready", ready);
		}
		else if (meeting.getBoard().getKind() == BoardKind.APPEAL_COMMISSION) {
			// votes and the İtiraz Karar Formu live on the appeal pages (MADDE 13)
			model.addAttribute("results", Map.of());
			model.addAttribute("decisions", Map.of());
		}
		else {
			Map<Long, ItemResult> results = new LinkedHashMap<>();
			Map<Long, Optional<Decision>> decided = new LinkedHashMap<>();
			for (AgendaItem item : meeting.getItems()) {
				if (item.getSubjectRef() != null) {
					results.put(item.getId(), this.voting.resultForSecretariat(id, item.getId()));
					decided.put(item.getId(), this.decisions.forItem(item.getId()));
				}
			}
			model.addAttribute("results", results);
			model.addAttribute("decisions", decided);
		}
		// who the files are: enterprise, province, amount, state, in one query (issue 10,
		// point 7)
		Set<SubjectRef> unlabelled = new HashSet<>(subjects);
		unlabelled.removeAll(labels.keySet());
		labels.putAll(this.labels.of(unlabelled));
		model.addAttribute("labels", labels);
		// MADDE 12(12): recordings of the held meeting
		model.addAttribute("recordings", this.recordings.recordingsOf(id));
		model.addAttribute("held", this.recordings.isHeld(meeting));
		// MADDE 10(5): an application corrected at the board's request returns to an
		// agenda
		model.addAttribute("returning", this.decisions.returning(subjects));
		if (!model.containsAttribute("otherForm")) {
			model.addAttribute("otherForm", new OtherItemFormData());
		}
		if (!model.containsAttribute("substituteForm")) {
			model.addAttribute("substituteForm", new SubstituteFormData());
		}
		return "board/secretariat/meeting";
	}

}
