package tr.destek.kosgeb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.platform.NotFoundException;

/**
 * What the control page shows of one file (MADDE 9): the application, the enterprise, the
 * documents, the frozen eligibility, the Başvuru Kontrol Tablosu with its saved answers,
 * the SLA, and which actions the viewer may take.
 */
@Service
public class ControlDetails {

	private final ControlAccess access;

	private final ControlCheckRepository checks;

	private final UserAccountService users;

	private final EnterpriseService enterprises;

	private final DocumentStore documents;

	private final ControlSla sla;

	private final AuditTrail audit;

	ControlDetails(ControlAccess access, ControlCheckRepository checks, UserAccountService users,
			EnterpriseService enterprises, DocumentStore documents, ControlSla sla, AuditTrail audit) {
		this.access = access;
		this.checks = checks;
		this.users = users;
		this.enterprises = enterprises;
		this.documents = documents;
		this.sla = sla;
		this.audit = audit;
	}

	/** The control page of one application, as {@code viewer} may see it. */
	@Transactional(readOnly = true)
	public ControlDetail detail(DestekUser viewer, Long applicationId) {
		KosgebApplication application = this.access.visible(viewer, applicationId);
		Enterprise enterprise = this.enterprises.find(application.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		List<DocumentRef> docs = this.documents.list(ApplicationControlService.DOCUMENT_OWNER,
				String.valueOf(application.getId()));
		EligibilityReport eligibility = (application.getEligibilitySnapshot() != null)
				? EligibilitySnapshot.read(application.getEligibilitySnapshot()) : null;
		UserAccount assigned = (application.getAssignedStaffId() != null)
				? this.users.find(application.getAssignedStaffId()).orElse(null) : null;
		boolean manager = viewer.hasRole(Role.UNIT_MANAGER);
		List<UserAccount> unitStaff = manager
				? this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, application.getProvinceCode()) : List.of();
		return new ControlDetail(application, enterprise, application.getExpenseItems(), application.requestedAmount(),
				docs, eligibility, lines(applicationId, eligibility, docs),
				this.sla.window().status(application.getStatus(), application.getControlDueAt()), assigned, unitStaff,
				this.audit.history(ApplicationControlService.ENTITY, application.getId()),
				permissions(viewer, application));
	}

	/** The table's lines: each item with its evidence and the answer saved so far. */
	private List<ControlDetail.ChecklistLine> lines(Long applicationId, EligibilityReport eligibility,
			List<DocumentRef> docs) {
		Map<String, ControlCheck> saved = new LinkedHashMap<>();
		this.checks.findByApplicationIdOrderById(applicationId).forEach(c -> saved.put(c.getItemCode(), c));
		List<ControlDetail.ChecklistLine> lines = new ArrayList<>();
		for (ControlChecklist.Item item : ControlChecklist.items()) {
			ControlCheck check = saved.get(item.code());
			lines.add(new ControlDetail.ChecklistLine(item,
					(item.source() == ControlChecklist.Source.ELIGIBILITY_RULE) && eligibility != null
							? eligibility.results()
								.stream()
								.filter(r -> r.ruleId().equals(item.code()))
								.findFirst()
								.orElse(null)
							: null,
					(item.source() == ControlChecklist.Source.DOCUMENT)
							? docs.stream().filter(d -> item.documentCategory().equals(d.category())).toList()
							: List.of(),
					(check != null) ? check.getResult() : null, (check != null) ? check.getNote() : null,
					(check != null) ? check.getCheckedBy() : null));
		}
		return lines;
	}

	private static ControlDetail.Permissions permissions(DestekUser viewer, KosgebApplication application) {
		boolean manager = viewer.hasRole(Role.UNIT_MANAGER);
		boolean assignedToViewer = viewer.hasRole(Role.RESPONSIBLE_STAFF)
				&& viewer.getId().equals(application.getAssignedStaffId());
		ApplicationStatus status = application.getStatus();
		return new ControlDetail.Permissions(assignedToViewer && status == ApplicationStatus.IN_CONTROL,
				assignedToViewer && status == ApplicationStatus.IN_CONTROL,
				manager && status == ApplicationStatus.CONTROL_APPROVAL,
				manager && application.getAssignedStaffId() != null
						&& (status == ApplicationStatus.IN_CONTROL || status == ApplicationStatus.CONTROL_APPROVAL
								|| status == ApplicationStatus.CORRECTION_REQUESTED),
				manager && status == ApplicationStatus.SUBMITTED && application.getAssignedStaffId() == null);
	}

}
