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
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down scripted use of the sign-up and invitation forms (which no longer tell
 * whether an e-mail or a tax number is registered, issue #9 point 9): each refused
 * submission from a client address counts in {@link LoginThrottle}; over the limit the
 * address gets 429 "too many attempts" until the window ends. Submissions that go through
 * (a redirect) give their attempt back.
 */
class SignupThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher PROBE_FORMS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/signup"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/enterprise/users"));

	private final LoginThrottle throttle;

	SignupThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PROBE_FORMS.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		Optional<Instant> refusedUntil = this.throttle.reserveSignup(address);
		if (refusedUntil.isPresent()) {
			long minutes = this.throttle.minutesUntil(refusedUntil.get());
			response.setHeader("Retry-After", String.valueOf(minutes * 60));
			request.setAttribute("throttledMinutes", minutes);
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() / 100 == 3) {
			this.throttle.signupSucceeded(address);
		}
	}

}
