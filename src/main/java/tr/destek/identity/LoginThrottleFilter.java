package tr.destek.identity;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's processing (after the CSRF check): each POST to
 * {@code /login} takes one attempt from {@link LoginThrottle}; a refused attempt is
 * answered with the login page's "too many attempts, try again in N minutes" without
 * looking at the password or at whether the e-mail exists.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Instant> refusedUntil = this.throttle.reserve(request.getRemoteAddr(), request.getParameter("email"));
		if (refusedUntil.isPresent()) {
			long minutes = this.throttle.minutesUntil(refusedUntil.get());
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
			return;
		}
		chain.doFilter(request, response);
	}

}
