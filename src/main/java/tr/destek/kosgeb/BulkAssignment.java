package tr.destek.kosgeb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.NotFoundException;

/**
 * The unit manager hands several files to one responsible staff member at once (issue 10,
 * point 9). Each file goes through the single action of {@link ApplicationControlService}
 * — {@code assign} for a file waiting for its first staff member, {@code reassign} for
 * one already in control (MADDE 9(1),(2)) — in its own transaction, so each is checked by
 * the same rules, audited and notified on its own, and one refusal does not undo the
 * others. No transaction here on purpose.
 */
@Service
public class BulkAssignment {

	/** At most this many files per request. */
	public static final int MAX_FILES = ControlQueue.PAGE_SIZE;

	private final ApplicationControlService control;

	private final KosgebApplicationRepository applications;

	BulkAssignment(ApplicationControlService control, KosgebApplicationRepository applications) {
		this.control = control;
		this.applications = applications;
	}

	/**
	 * @param manager the unit manager
	 * @param applicationIds the files chosen, in the order chosen (duplicates ignored)
	 * @param staffId the responsible staff member of the unit who takes them
	 * @return one outcome per file, in the order given
	 * @throws AccessDeniedException when the user is not a unit manager
	 * @throws NotFoundException when a chosen file is not one of the unit's
	 */
	public List<Outcome> assign(DestekUser manager, List<Long> applicationIds, Long staffId) {
		if (!manager.hasRole(Role.UNIT_MANAGER) || manager.getProvinceCode() == null) {
			throw new AccessDeniedException("only the unit manager assigns files");
		}
		LinkedHashSet<Long> chosen = new LinkedHashSet<>(applicationIds);
		// a file that is not the unit's is never named nor touched (MADDE 9(2): the
		// unit's
		// own files only); the queue never offers one, so such a request was altered: it
		// is not found as a whole and nothing is assigned (issue 9: ids looked up through
		// what the caller owns)
		for (Long id : chosen) {
			KosgebApplication application = this.applications.findById(id).orElse(null);
			if (application == null || !manager.getProvinceCode().equals(application.getProvinceCode())
					|| application.getStatus() == ApplicationStatus.DRAFT) {
				throw new NotFoundException();
			}
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (Long id : chosen) {
			outcomes.add(assignOne(manager, id, staffId));
		}
		return outcomes;
	}

	private Outcome assignOne(DestekUser manager, Long id, Long staffId) {
		KosgebApplication application = this.applications.findById(id).orElse(null);
		if (application == null || !manager.getProvinceCode().equals(application.getProvinceCode())
				|| application.getStatus() == ApplicationStatus.DRAFT) {
			// another unit's file is not named (MADDE 9(2): the unit's own files only)
			return Outcome.refused(id, "#" + id, message("kosgeb-control.bulk.not-found"));
		}
		String reference = application.getReference();
		try {
			if (application.getStatus() == ApplicationStatus.SUBMITTED && application.getAssignedStaffId() == null) {
				this.control.assign(manager, id, application.getVersion(), staffId);
				return Outcome.done(id, reference, message("kosgeb-control.assigned"));
			}
			this.control.reassign(manager, id, application.getVersion(), staffId);
			return Outcome.done(id, reference, message("kosgeb-control.reassigned"));
		}
		catch (ControlRefusedException ex) {
			return Outcome.refused(id, reference, message(ex.getMessageKey(), ex.getArguments()));
		}
		catch (IllegalTransitionException ex) {
			return Outcome.refused(id, reference, message("kosgeb-control.illegal-transition",
					new DefaultMessageSourceResolvable(ex.getStatus().messageKey())));
		}
		catch (OptimisticLockingFailureException ex) {
			return Outcome.refused(id, reference, message("kosgeb-control.conflict"));
		}
		catch (NotFoundException ex) {
			return Outcome.refused(id, reference, message("kosgeb-control.bulk.not-found"));
		}
	}

	private static MessageSourceResolvable message(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/**
	 * What happened to one file.
	 *
	 * @param applicationId the file
	 * @param reference its reference ({@code #id} when it is not the unit's)
	 * @param done whether it was assigned
	 * @param message the result or the reason of the refusal, in the reader's language
	 */
	public record Outcome(Long applicationId, String reference, boolean done, MessageSourceResolvable message) {

		static Outcome done(Long id, String reference, MessageSourceResolvable message) {
			return new Outcome(id, reference, true, message);
		}

		static Outcome refused(Long id, String reference, MessageSourceResolvable message) {
			return new Outcome(id, reference, false, message);
		}

	}

}
