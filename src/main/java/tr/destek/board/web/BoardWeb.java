package tr.destek.board.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.board.BoardRuleException;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

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
