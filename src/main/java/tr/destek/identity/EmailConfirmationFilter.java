package tr.destek.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in user whose e-mail address is not confirmed yet cannot act (issue #9 point
 * 7): every page but the one that asks for the confirmation (and resends the link), the
 * confirmation link itself, sign-out, the language switch and static resources sends him
 * to {@value #PAGE}; a form submission is refused with 403.
 */
class EmailConfirmationFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/email-confirmation";

	private static final Set<String> OPEN_PREFIXES = Set.of(PAGE, "/email-confirmations/", "/logout", "/language",
			"/css/", "/js/", "/images/", "/webjars/", "/favicon.ico", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof DestekUser user
				&& !user.isEmailConfirmed() && !open(request)) {
			if ("GET".equals(request.getMethod())) {
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			else {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
