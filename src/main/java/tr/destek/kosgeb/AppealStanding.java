package tr.destek.kosgeb;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the application stands towards an appeal (MADDE 13): the last day to appeal the
 * latest board rejection (MADDE 12(10), 13(1)), and whether the board evaluates again
 * because the commission accepted an appeal — then a new rejection is final (MADDE
 * 13(10)).
 */
@Embeddable
class AppealStanding {

	@Column(name = "appeal_last_day")
	private LocalDate appealLastDay;

	@Column(name = "re_evaluation_after_appeal", nullable = false)
	private boolean reEvaluationAfterAppeal;

	/**
	 * A board rejection: appealable until {@code lastDay}, unless already re-evaluated.
	 */
	void boardRejected(LocalDate lastDay) {
		// MADDE 13(10)(b): a second rejection after an accepted appeal cannot be appealed
		this.appealLastDay = this.reEvaluationAfterAppeal ? null : lastDay;
	}

	/** The applicant appeals the board's rejection (MADDE 13(1)); once only. */
	ApplicationStatus file(ApplicationStatus status) {
		if (status != ApplicationStatus.BOARD_REJECTED || this.reEvaluationAfterAppeal) {
			throw new IllegalTransitionException(status, "appeal");
		}
		return ApplicationStatus.APPEALED;
	}

	/** The unit forwards the appeal with its opinion (MADDE 13(2)). */
	static ApplicationStatus forward(ApplicationStatus status) {
		StatusGuard.require(status, "forward the appeal of", ApplicationStatus.APPEALED);
		return ApplicationStatus.APPEAL_FORWARDED;
	}

	/** The appeal is on an agenda sent to the commission (MADDE 13(6)). */
	static ApplicationStatus onAgenda(ApplicationStatus status) {
		StatusGuard.require(status, "put on an appeal commission agenda", ApplicationStatus.APPEAL_FORWARDED);
		return ApplicationStatus.APPEAL_ON_AGENDA;
	}

	/**
	 * The commission accepted the appeal: the board evaluates again (MADDE 13(10)(a)).
	 */
	ApplicationStatus accepted(ApplicationStatus status) {
		StatusGuard.require(status, "record an appeal acceptance of", ApplicationStatus.APPEAL_ON_AGENDA);
		this.reEvaluationAfterAppeal = true;
		this.appealLastDay = null;
		return ApplicationStatus.READY_FOR_BOARD;
	}

	/** The commission rejected the appeal: final (MADDE 13(10)(b)). */
	ApplicationStatus rejected(ApplicationStatus status) {
		StatusGuard.require(status, "record an appeal rejection of", ApplicationStatus.APPEAL_ON_AGENDA);
		this.appealLastDay = null;
		return ApplicationStatus.APPEAL_REJECTED;
	}

	/**
	 * Whether the board's rejection is final: the appeal was rejected, or the board
	 * rejected again after an accepted appeal (MADDE 13(10)(b)).
	 */
	boolean finallyRejected(ApplicationStatus status) {
		return status == ApplicationStatus.APPEAL_REJECTED
				|| (status == ApplicationStatus.BOARD_REJECTED && this.reEvaluationAfterAppeal);
	}

	/**
	 * Whether the applicant may still appeal on {@code today}: a board rejection that is
	 * not final, until its last day (MADDE 13(1)). Whether an appeal was already made is
	 * the appeal's business (the state moved on).
	 */
	boolean appealableOn(ApplicationStatus status, LocalDate today) {
		return status == ApplicationStatus.BOARD_REJECTED && !this.reEvaluationAfterAppeal
				&& tr.destek.appeal.AppealWindow.open(this.appealLastDay, today);
	}

	LocalDate lastDay() {
		return this.appealLastDay;
	}

	boolean reEvaluation() {
		return this.reEvaluationAfterAppeal;
	}

}
