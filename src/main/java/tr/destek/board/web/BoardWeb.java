package tr.destek.board.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.board.BoardRuleException;
import tr.destek.board.CommitmentNotSignedException;
import tr.destek.board.DecisionRecord;
import tr.destek.board.MemberVote;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.web.RuleErrors;

/**
 * What the board pages share: rule messages in the reader's language, the outcome of a
 * state change, and members' names.
 */
@Component
class BoardWeb {

	private final MessageSource messages;

	private final UserAccountService users;

	BoardWeb(MessageSource messages, UserAccountService users) {
		this.messages = messages;
		this.users = users;
	}

	/** A text of the bundle in the reader's language. */
	String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	String message(BoardRuleException ex) {
		return this.messages.getMessage(ex.getMessageKey(), ex.getArgs(), LocaleContextHolder.getLocale());
	}

	/**
	 * Runs a state change of a board page and tells the outcome on the page it redirects
	 * to (POST-redirect-GET): the success message, or the rule that refused the change.
	 * @param view the view to redirect to, e.g. {@code "redirect:/board/..."}
	 */
	String act(RedirectAttributes redirect, String successKey, Runnable action, String view) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccessKey", successKey);
		}
		catch (BoardRuleException ex) {
			redirect.addFlashAttribute("flashError", message(ex));
		}
		return view;
	}

	/**
	 * The secretariat prepares a decision form once all members voted (MADDE 12(9),
	 * 13(8)): on to the form, or back to the meeting with the rule that refused it.
	 * @param formLink the forms' path, to which the new form's id is added
	 */
	String prepareForm(RedirectAttributes redirect, String successKey, Supplier<? extends DecisionRecord> prepare,
			String formLink, String meetingLink) {
		try {
			DecisionRecord form = prepare.get();
			redirect.addFlashAttribute("flashSuccessKey", successKey);
			return "redirect:" + formLink + form.getId();
		}
		catch (BoardRuleException ex) {
			redirect.addFlashAttribute("flashError", message(ex));
			return "redirect:" + meetingLink;
		}
	}

	/**
	 * Records a member's vote from an item page (MADDE 12(6), 13(7)): back to the meeting
	 * to sign its commitment first (FRM.34.00.04), the refusing rule next to the form, or
	 * the item page with the vote recorded.
	 * @param itemView the item page with the form as typed, for a refusal
	 * @param itemLink the item page to redirect to once recorded
	 */
	String castVote(Long meetingId, Runnable cast, BindingResult result, Supplier<String> itemView,
			RedirectAttributes redirect, String itemLink) {
		try {
			cast.run();
		}
		catch (CommitmentNotSignedException ex) {
			return "redirect:/board/member/meetings/" + meetingId;
		}
		catch (BoardRuleException ex) {
			RuleErrors.reject(result, null, ex);
			return itemView.get();
		}
		redirect.addFlashAttribute("flashSuccessKey", "board.vote.cast");
		return "redirect:" + itemLink;
	}

	/** Adds an error on {@code field} of the form, keeping what the user typed. */
	static void reject(BindingResult result, String field, String messageKey, Object... arguments) {
		result.addError(new org.springframework.validation.FieldError(result.getObjectName(), field,
				result.getRawFieldValue(field), false, new String[] { messageKey }, arguments, messageKey));
	}

	/**
	 * The votes on a member's item page: whether he voted, the votes he may see (his own,
	 * everybody's once all voted) and then the voters' names.
	 */
	void addVotes(Model model, List<? extends MemberVote> visibleVotes, boolean complete, Long memberId) {
		model.addAttribute("voted", visibleVotes.stream().anyMatch(v -> v.getUserId().equals(memberId)));
		if (complete) {
			model.addAttribute("names", names(visibleVotes.stream().map(MemberVote::getUserId).toList()));
		}
	}

	/** The names of users by id, in the given order. */
	Map<Long, String> names(Collection<Long> userIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Long id : userIds) {
			names.put(id, this.users.find(id).map(UserAccount::getFullName).orElse("#" + id));
		}
		return names;
	}

	/** The id of an enabled user by e-mail, or {@code null}. */
	Long userIdByEmail(String email) {
		return email == null ? null
				: this.users.findByEmail(email.strip())
					.filter(UserAccount::isEnabled)
					.map(UserAccount::getId)
					.orElse(null);
	}

}
