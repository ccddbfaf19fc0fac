package tr.destek.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tr.destek.identity.DestekUser;

/** The signed-in person's display name for the layout's header. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUserName")
	String currentUserName(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		if (authentication.getPrincipal() instanceof DestekUser user) {
			return user.getFullName();
		}
		return authentication.getName();
	}

}
