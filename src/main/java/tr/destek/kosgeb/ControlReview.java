package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.DestekUser;

/**
 * The assigned responsible staff member's work on a file (MADDE 9(1),(2)): the Başvuru
 * Kontrol Tablosu, saved as often as needed, and the proposal that goes to the unit
 * manager.
 */
@Service
public class ControlReview {

	private final ControlCheckRepository checks;

	private final ControlAccess access;

	private final ControlNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	ControlReview(ControlCheckRepository checks, ControlAccess access, ControlNotices notices, AuditTrail audit,
			Clock clock) {
		this.checks = checks;
		this.access = access;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves the answers the staff member gave so far (partial saves allowed): an item
	 * with a result is stored, an item without one is (again) unanswered.
	 */
	@Transactional
	public void saveChecks(DestekUser staff, Long applicationId, Map<String, Answer> answers) {
		KosgebApplication application = this.access.forAssignedStaff(staff, applicationId, null);
		Map<String, ControlCheck> saved = this.checks.findByApplicationIdOrderById(applicationId)
			.stream()
			.collect(Collectors.toMap(ControlCheck::getItemCode, Function.identity()));
		String before = describe(saved.values());
		Instant now = Instant.now(this.clock);
		for (Map.Entry<String, Answer> entry : answers.entrySet()) {
			if (ControlChecklist.item(entry.getKey()).isEmpty()) {
				throw new IllegalArgumentException("unknown checklist item " + entry.getKey());
			}
			Answer answer = entry.getValue();
			ControlCheck check = saved.get(entry.getKey());
			if (answer == null || answer.result() == null) {
				if (check != null) {
					this.checks.delete(check);
					saved.remove(entry.getKey());
				}
				continue;
			}
			if (check == null) {
				check = new ControlCheck(application.getId(), entry.getKey());
				saved.put(entry.getKey(), check);
			}
			check.answer(answer.result(), answer.note(), staff.getUsername(), now);
			this.checks.save(check);
		}
		this.audit.record("KOSGEB_CONTROL_CHECKS_SAVED", ApplicationControlService.ENTITY, application.getId(),
				"Başvuru Kontrol Tablosu saved (MADDE 9(1))", before, describe(saved.values()));
	}

	/**
	 * The staff member's result goes to the unit manager (MADDE 9(2)). Approving for the
	 * board needs every item of the table answered and none "does not conform".
	 */
	@Transactional
	public void propose(DestekUser staff, Long applicationId, long expectedVersion, ControlProposal proposal,
			String note, Set<ApplicationPart> parts) {
		KosgebApplication application = this.access.forAssignedStaff(staff, applicationId, expectedVersion);
		if (proposal == ControlProposal.APPROVE_FOR_BOARD) {
			requireCompleteAndConforming(applicationId);
		}
		String before = application.describe();
		Set<ApplicationPart> toFix = (proposal == ControlProposal.REQUEST_CORRECTION && parts != null)
				? EnumSet.copyOf(parts.isEmpty() ? EnumSet.noneOf(ApplicationPart.class) : parts) : Set.of();
		application.propose(proposal, blankToNull(note), toFix, staff.getUsername(), Instant.now(this.clock));
		this.audit.record("KOSGEB_CONTROL_PROPOSED", ApplicationControlService.ENTITY, application.getId(),
				"Proposal " + proposal + " sent to the unit manager (MADDE 9(2))", before, application.describe());
		this.notices.toManagers(application, "kosgeb-control.notify.proposal", application.getReference(),
				this.notices.enterpriseTitle(application), this.notices.label(proposal.messageKey()),
				staff.getFullName());
	}

	/** MADDE 9(2): to the board only with the whole table answered and conforming. */
	private void requireCompleteAndConforming(Long applicationId) {
		Map<String, CheckResult> results = this.checks.findByApplicationIdOrderById(applicationId)
			.stream()
			.collect(Collectors.toMap(ControlCheck::getItemCode, ControlCheck::getResult));
		long unanswered = ControlChecklist.items().stream().filter(i -> !results.containsKey(i.code())).count();
		if (unanswered > 0) {
			throw new ControlRefusedException("kosgeb-control.refused.unanswered", unanswered);
		}
		if (results.containsValue(CheckResult.DOES_NOT_CONFORM)) {
			throw new ControlRefusedException("kosgeb-control.refused.non-conforming");
		}
	}

	private static String describe(Collection<ControlCheck> checks) {
		return checks.stream()
			.sorted(Comparator.comparing(ControlCheck::getItemCode))
			.map(ControlCheck::describe)
			.collect(Collectors.joining("; "));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** One answer of the table: a result (or {@code null} for unanswered) and a note. */
	public record Answer(CheckResult result, String note) {
	}

}
