package tr.destek.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in user from services and controllers. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<DestekUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof DestekUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static DestekUser require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
	}

}
