package tr.destek.loan.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tr.destek.loan.BankApiClient;
import tr.destek.loan.BankApiKeys;
import tr.destek.platform.ApiErrors;

/**
 * The bank API ({@code /api/v1/bank/**}) for bank systems: its own filter chain, ahead of
 * the general {@code /api/**} chain, stateless, without session or CSRF. Every request
 * carries its bank's key in the {@code X-Api-Key} header; a missing, unknown or revoked
 * key is answered 401 with a JSON body.
 */
@Configuration(proxyBeanMethods = false)
class BankApiSecurity {

	static final String HEADER = "X-Api-Key";

	static final String AUTHORITY = "ROLE_BANK_API";

	@Bean
	@Order(0)
	SecurityFilterChain bankApiFilterChain(HttpSecurity http, BankApiKeys keys, MessageSource messages,
			LocaleResolver locales, JsonMapper json) throws Exception {
		ApiKeyFilter filter = new ApiKeyFilter(keys, messages, locales, json);
		http.securityMatcher("/api/v1/bank/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(AUTHORITY))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(filter, AnonymousAuthenticationFilter.class)
			.exceptionHandling(
					e -> e.authenticationEntryPoint((request, response, ex) -> filter.refuse(request, response)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	/** The authentication of a bank system. */
	static final class BankApiAuthentication extends AbstractAuthenticationToken {

		private final BankApiClient client;

		BankApiAuthentication(BankApiClient client) {
			super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
			this.client = client;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public BankApiClient getPrincipal() {
			return this.client;
		}

		@Override
		public String getName() {
			return this.client.actor();
		}

	}

	static final class ApiKeyFilter extends OncePerRequestFilter {

		private final BankApiKeys keys;

		private final MessageSource messages;

		private final LocaleResolver locales;

		private final JsonMapper json;

		ApiKeyFilter(BankApiKeys keys, MessageSource messages, LocaleResolver locales, JsonMapper json) {
			this.keys = keys;
			this.messages = messages;
			this.locales = locales;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<BankApiClient> client = this.keys.authenticate(request.getHeader(HEADER));
			if (client.isEmpty()) {
				refuse(request, response);
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new BankApiAuthentication(client.get()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

		void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
			String message = this.messages.getMessage("loan.api.error.unauthorized", null,
					this.locales.resolveLocale(request));
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
			response.getWriter().write(this.json.writeValueAsString(ApiErrors.of(HEADER, message)));
		}

	}

}
