package tr.destek.enterprise.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.Registration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-up enterprises with their first applicant, for the web tests. */
final class Applicants {

	static final String PASSWORD = "gizli-parola-123";

	private Applicants() {
	}

	static EnterpriseService.SignedUp signUp(EnterpriseService enterprises, String title) {
		return enterprises.signUp(new Registration(Enterprises.randomVkn(), title, LegalForm.LIMITED,
				LocalDate.of(2018, 3, 1), (short) 6, "25.62"), uniqueEmail(), "Ayşe Yılmaz", PASSWORD);
	}

	static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com.tr";
	}

	/** Acts as the signed-in user with this e-mail (the real principal, with roles). */
	static RequestPostProcessor as(UserDetailsService users, String email) {
		UserDetails details = users.loadUserByUsername(email);
		return user(details);
	}

}
