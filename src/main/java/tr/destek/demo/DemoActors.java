package tr.destek.demo;

import java.util.function.Function;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import tr.destek.identity.DestekUser;

/**
 * Runs a demo step as the demo user who would take it in the browser, so the services see
 * the same principal and the audit trail names the same actor as for a real user.
 */
@Component
class DemoActors {

	private final UserDetailsService users;

	DemoActors(UserDetailsService users) {
		this.users = users;
	}

	DestekUser user(String email) {
		return (DestekUser) this.users.loadUserByUsername(email);
	}

	<T> T as(String email, Function<DestekUser, T> step) {
		DestekUser user = user(email);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.apply(user);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
