package tr.destek.kosgeb.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import tr.destek.kosgeb.IllegalTransitionException;

/**
 * The applicant's pages answer a change the application's state no longer allows (e.g. a
 * part not opened for correction, a second submission) or a change someone else saved
 * first with a 409 page that says what happened, never with a 500. Asked before the
 * platform's {@code GlobalControllerAdvice}, whose 409 page is the general one.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 1)
@ControllerAdvice(assignableTypes = { ApplicantApplicationController.class, ApplicantDraftController.class,
		ApplicantDocumentController.class, ApplicantSubmissionController.class })
class ApplicantConflictAdvice {

	@ExceptionHandler(IllegalTransitionException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String illegalTransition(IllegalTransitionException ex, org.springframework.ui.Model model) {
		model.addAttribute("reasonKey", "kosgeb.conflict.state");
		model.addAttribute("status", ex.getStatus());
		return "kosgeb/application/conflict";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String changedMeanwhile(org.springframework.ui.Model model) {
		model.addAttribute("reasonKey", "kosgeb.conflict.changed");
		return "kosgeb/application/conflict";
	}

}
