package tr.destek.board.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tr.destek.board.BoardRuleException;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

/**
 * What the board pages share: rule messages in the reader's language and members' names.
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
