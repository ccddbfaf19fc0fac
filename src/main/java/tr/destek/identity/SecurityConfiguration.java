package tr.destek.identity;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may use which URL. Every path is listed here explicitly; anything not listed is
 * denied (deny by default). Finer checks (an applicant sees only its own enterprise) are
 * made in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The app's own pages load scripts, styles, fonts and images from itself only. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI (third-party page) sets inline styles; scripts stay restricted to
	 * 'self'.
	 */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The session cookie of Spring Session (sessions live in PostgreSQL, see
	 * {@link UserSessions}).
	 */
	static final String SESSION_COOKIE = "SESSION";

	static final String[] STAFF_ENTERPRISE_READERS = Role.STAFF_READING_ENTERPRISES.stream()
		.map(Role::name)
		.toArray(String[]::new);

	@Bean
	@Order(1)
	SecurityFilterChain swaggerSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		// Public calculators: read-only GET, no session, no cookies, so no CSRF token is
		// needed.
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/v1/calculations/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/enterprises/size-class")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle, ListableBeanFactory beans)
			throws Exception {
		// sign-in throttling per address and per typed e-mail, after the CSRF check
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		// probes of the sign-up and invitation forms (which e-mails / tax numbers exist)
		http.addFilterBefore(new SignupThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		// "forgot my password" per address and per typed e-mail
		http.addFilterBefore(new PasswordResetThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		// an account whose e-mail is not confirmed yet sees only the confirmation page
		http.addFilterBefore(new EmailConfirmationFilter(), AuthorizationFilter.class);
		http.authorizeHttpRequests(auth -> auth
			// public: static resources, sign-in, sign-up, invitations, calculators,
			// errors
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/error/**")
			.permitAll()
			.requestMatchers("/", "/login", "/signup", "/signup/sent", "/invitations/**", "/calculators/**",
					"/language")
			.permitAll()
			// one-time links by e-mail: confirming the address, resetting a password
			.requestMatchers("/email-confirmations/**", "/password/forgotten", "/password/reset/**")
			.permitAll()
			// the development outbox: exists only on a run without SMTP that enables it
			// (demo profile), 404 everywhere else
			.requestMatchers(HttpMethod.GET, "/dev/outbox")
			.permitAll()
			// a URL no page answers: a signed-in user gets the 404 page, not 403 (issue
			// 10, point 10); anonymous users still go to the sign-in page
			.requestMatchers(new UnmappedPaths(beans))
			.authenticated()
			// every signed-in user
			.requestMatchers("/dashboard", "/account/**")
			.authenticated()
			// applicants: their own enterprise (ownership checked in the enterprise
			// service)
			.requestMatchers("/enterprise/**")
			.hasRole(Role.APPLICANT.name())
			// staff reading enterprises (which enterprise: a file of theirs must need it,
			// checked in the enterprise module)
			.requestMatchers(HttpMethod.GET, "/enterprises/**")
			.hasAnyRole(concat(STAFF_ENTERPRISE_READERS, Role.APPLICANT.name()))
			// KOSGEB Digital Transformation: the applicant's own application (ownership
			// checked in the service)
			.requestMatchers("/kosgeb/application/**")
			.hasRole(Role.APPLICANT.name())
			// KOSGEB control (MADDE 9): responsible staff and unit managers of the
			// application's province unit
			.requestMatchers("/kosgeb/control/**")
			.hasAnyRole(Role.RESPONSIBLE_STAFF.name(), Role.UNIT_MANAGER.name())
			// documents of an application: whoever may see the application (checked in
			// the service)
			.requestMatchers(HttpMethod.GET, "/kosgeb/documents/**")
			.hasAnyRole(Role.APPLICANT.name(), Role.RESPONSIBLE_STAFF.name(), Role.UNIT_MANAGER.name())
			// board (Kurul, MADDE 10-12): the secretariat's pages and the members' pages
			// (which meetings and files a member sees is checked in the board services)
			.requestMatchers("/board/secretariat/**")
			.hasRole(Role.BOARD_SECRETARIAT.name())
			// the appeal commission (MADDE 13) uses the members' pages too; the board
			// services check the seat
			.requestMatchers("/board/member/**")
			.hasAnyRole(Role.BOARD_MEMBER.name(), Role.APPEAL_COMMISSION_MEMBER.name())
			// bank portal (MADDE 14(3)): bank officers; which bank's data an officer sees
			// is checked in the loan services
			.requestMatchers("/bank/**")
			.hasRole(Role.BANK_OFFICER.name())
			// administration
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/dashboard", false)
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout
				.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))
				.logoutSuccessUrl("/login?logout")
				.deleteCookies(SESSION_COOKIE)
				.permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(
						new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; other encodings stay readable and upgrade on change
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new PasswordEncoder() {
			@Override
			public String encode(CharSequence rawPassword) {
				return encoder.encode(rawPassword);
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				// bcrypt refuses input over 72 bytes with an exception; no stored
				// password
				// is that long (PasswordFitsHash), so such a sign-in is simply wrong
				return rawPassword != null && PasswordFitsHash.Validator.fits(rawPassword.toString())
						&& encoder.matches(rawPassword, encodedPassword);
			}

			@Override
			public boolean upgradeEncoding(String encodedPassword) {
				return encoder.upgradeEncoding(encodedPassword);
			}
		};
	}

	private static String[] concat(String[] roles, String extra) {
		String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
		all[roles.length] = extra;
		return all;
	}

}
