package tr.destek.board;

import java.util.List;

import org.springframework.stereotype.Component;

import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.appeal.AppealStatus;

/**
 * The appeals an appeal commission's agenda carries (MADDE 13): the ones forwarded by the
 * units (MADDE 13(2)) and their move onto the sent agenda (MADDE 13(6)).
 */
@Component
class CommissionAppeals {

	private final AppealService appeals;

	CommissionAppeals(AppealService appeals) {
		this.appeals = appeals;
	}

	/**
	 * Whether the subject's appeal waits, forwarded, for the commission (MADDE 13(2)).
	 */
	boolean forwarded(SubjectRef ref) {
		return this.appeals.forSubject(ref.source(), ref.id())
			.filter(appeal -> appeal.getStatus() == AppealStatus.FORWARDED)
			.isPresent();
	}

	/** The subjects whose appeals wait, forwarded, for the commission (MADDE 13(2)). */
	List<Long> forwardedSubjectIds() {
		return this.appeals.forwarded().stream().map(Appeal::getSubjectId).toList();
	}

	/** The appeal is on the commission's sent agenda (MADDE 13(6)). */
	void putOnAgenda(SubjectRef ref, String commission) {
		this.appeals.putOnAgenda(ref.source(), ref.id(), commission);
	}

}
