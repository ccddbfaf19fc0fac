package tr.destek.identity;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles "forgot my password" in PostgreSQL ({@link LoginThrottle}, shared by every
 * node, always expiring): requests per client address and per typed e-mail, counted
 * whether or not an account has that address, so the limit tells nothing either. Over the
 * limit: 429 until the window ends.
 */
class PasswordResetThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher RESET_REQUEST = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/password/forgotten");

	private final LoginThrottle throttle;

	PasswordResetThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !RESET_REQUEST.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Instant> refusedUntil = this.throttle.reservePasswordReset(request.getRemoteAddr(),
				request.getParameter("email"));
		if (refusedUntil.isPresent()) {
			long minutes = this.throttle.minutesUntil(refusedUntil.get());
			response.setHeader("Retry-After", String.valueOf(minutes * 60));
			request.setAttribute("throttledMinutes", minutes);
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
