package tr.destek.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tr.destek.identity.DestekUser;
import tr.destek.notification.NotificationInbox;

/**
 * {@code unreadNotifications}: the signed-in user's count of unread notifications for the
 * layout's badge (one count query); {@code null} for visitors and on the APIs.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

	private final NotificationInbox inbox;

	UnreadNotificationsAdvice(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(Authentication authentication, HttpServletRequest request) {
		if (authentication == null || !(authentication.getPrincipal() instanceof DestekUser user)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		return this.inbox.unreadCount(user.getId());
	}

}
