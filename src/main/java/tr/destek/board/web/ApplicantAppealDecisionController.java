package tr.destek.board.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.appeal.AppealService;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.identity.DestekUser;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's copy of the registered İtiraz Karar Formu (FRM.34.00.07, MADDE 13(8),
 * (9)) as a PDF: the outcome, its reasons, registry number and the members' approvals;
 * never the individual votes. APPLICANT only (URL rule {@code /kosgeb/application/**}),
 * always the own enterprise's application.
 */
@Controller
class ApplicantAppealDecisionController {

	private final AppealService appeals;

	private final AppealCommissionService commission;

	private final AppealDecisionForms forms;

	ApplicantAppealDecisionController(AppealService appeals, AppealCommissionService commission,
			AppealDecisionForms forms) {
		this.appeals = appeals;
		this.commission = commission;
		this.forms = forms;
	}

	@GetMapping("/kosgeb/application/appeal/decision.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal DestekUser user, Locale locale) {
		// the own enterprise's appeals only (the appeal module looks them up from the
		// user)
		AppealDecision decision = this.appeals.ofApplicant(user)
			.stream()
			.map(appeal -> this.commission.registeredFor(appeal.getSubjectId()))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		return this.forms.pdf(this.forms.of(decision), locale);
	}

}
