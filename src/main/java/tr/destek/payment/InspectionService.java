package tr.destek.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentRejectedException;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * Tespit Tutanağı (FRM.34.00.09): the responsible expert of the application (or the unit
 * manager of its province) records an on-site visit to an accepted enterprise with one
 * line per item the board approved (MADDE 15(3)). An item whose latest inspection failed
 * gets no subsidy until a later inspection passes (MADDE 15(4)).
 */
@Service
public class InspectionService {

	public static final String ENTITY = "PaymentInspection";

	/** Photos of the items: pictures only. */
	static final List<String> PHOTO_TYPES = List.of("image/png", "image/jpeg");

	private final InspectionRepository inspections;

	private final PaymentPorts ports;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final Clock clock;

	InspectionService(InspectionRepository inspections, PaymentPorts ports, DocumentStore documents, AuditTrail audit,
			Clock clock) {
		this.inspections = inspections;
		this.ports = ports;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/** What an expert fills in for one item. */
	public record ItemFinding(Long expenseItemId, String brand, String model, String serialNumber, boolean meetsSpec,
			String note, List<MultipartFile> photos) {
	}

	/** An approved item and the latest inspection line about it (or {@code null}). */
	public record ItemState(ApprovedItem item, InspectedItem latest) {

		public boolean failed() {
			return this.latest != null && !this.latest.isMeetsSpec();
		}

		public boolean inspected() {
			return this.latest != null;
		}

	}

	/** The file the signed-in staff member may inspect (the programme's rule), or 404. */
	@Transactional(readOnly = true)
	public PayableFile inspectable(DestekUser user, Long applicationId) {
		return this.ports.anyFile(applicationId)
			.filter(file -> this.ports.mayControl(user, file))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The items the deciding body approved (with an accepted amount) in the latest
	 * registered acceptance of the file, as its programme tells them.
	 */
	@Transactional(readOnly = true)
	public List<ApprovedItem> approvedItems(Long applicationId) {
		return this.ports.anyFile(applicationId).map(this::approvedItems).orElse(List.of());
	}

	private List<ApprovedItem> approvedItems(PayableFile file) {
		return this.ports.grants(file.source()).approvedItems(file.fileId());
	}

	@Transactional(readOnly = true)
	public List<Inspection> inspections(Long applicationId) {
		return this.inspections.findForApplication(applicationId);
	}

	/**
	 * The inspection with its lines, if the signed-in staff member may see it; else 404.
	 */
	@Transactional(readOnly = true)
	public Inspection find(DestekUser user, Long inspectionId) {
		Inspection inspection = this.inspections.findById(inspectionId).orElseThrow(NotFoundException::new);
		inspectable(user, inspection.getApplicationId());
		inspection.getItems().size();
		return inspection;
	}

	/** The photos of an inspection's lines, by line id. */
	@Transactional(readOnly = true)
	public Map<String, List<DocumentRef>> photos(Inspection inspection) {
		return this.documents.listAll(InspectedItem.PHOTO_OWNER,
				inspection.getItems().stream().map(i -> String.valueOf(i.getId())).toList());
	}

	/**
	 * Every approved item with its latest inspection line: the latest visit decides
	 * (MADDE 15(4)).
	 */
	@Transactional(readOnly = true)
	public List<ItemState> itemStates(Long applicationId) {
		return this.ports.anyFile(applicationId).map(this::itemStates).orElse(List.of());
	}

	/** {@link #itemStates(Long)} of a file already at hand. */
	@Transactional(readOnly = true)
	public List<ItemState> itemStates(PayableFile file) {
		Map<Long, InspectedItem> latest = new HashMap<>();
		List<Inspection> all = this.inspections.findForApplication(file.fileId())
			.stream()
			.sorted(Comparator.comparing(Inspection::getVisitDate).thenComparing(Inspection::getId))
			.toList();
		for (Inspection inspection : all) {
			for (InspectedItem line : inspection.getItems()) {
				latest.put(line.getExpenseItemId(), line);
			}
		}
		return approvedItems(file).stream().map(item -> new ItemState(item, latest.get(item.expenseItemId()))).toList();
	}

	/**
	 * Records a Tespit Tutanağı with its registry number. Every approved item needs a
	 * line; a failing item needs a note; photos must be PNG or JPEG pictures.
	 */
	@Transactional
	public Inspection record(DestekUser user, Long applicationId, LocalDate visitDate, List<ItemFinding> findings) {
		PayableFile application = inspectable(user, applicationId);
		if (!application.inspectable()) {
			throw new PaymentRuleException("payment.inspection.not-accepted");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(DestekTime.ZONE));
		if (visitDate == null || visitDate.isAfter(today)) {
			throw PaymentRuleException.onField("visitDate", "payment.inspection.visit-date.future");
		}
		List<ApprovedItem> approved = approvedItems(application);
		Map<Long, ItemFinding> byItem = new HashMap<>();
		findings.forEach(f -> byItem.put(f.expenseItemId(), f));
		Instant now = Instant.now(this.clock);
		Inspection inspection = new Inspection(application.source(), applicationId, application.enterpriseId(),
				application.provinceCode(), visitDate,
				String.format(Locale.ROOT, "TT-%d-%06d", today.getYear(), this.inspections.nextRegistryNumber()), now,
				user.getUsername());
		for (ApprovedItem item : approved) {
			ItemFinding finding = byItem.get(item.expenseItemId());
			if (finding == null) {
				throw new PaymentRuleException("payment.inspection.item.missing", item.description());
			}
			String note = (finding.note() == null || finding.note().isBlank()) ? null : finding.note().strip();
			if (!finding.meetsSpec() && note == null) {
				// MADDE 15(4): the shortcoming is written into the Tespit Tutanağı
				throw new PaymentRuleException("payment.inspection.item.note-required", item.description());
			}
			inspection.add(item.expenseItemId(), item.description(), finding.brand().strip(), finding.model().strip(),
					finding.serialNumber().strip(), finding.meetsSpec(), note);
		}
		this.inspections.saveAndFlush(inspection);
		for (InspectedItem line : inspection.getItems()) {
			ItemFinding finding = byItem.get(line.getExpenseItemId());
			// a refused photo is named next to its item's photo field (lines[k].photos)
			String photoField = "lines[" + findings.indexOf(finding) + "].photos";
			for (MultipartFile photo : (finding.photos() == null) ? List.<MultipartFile>of() : finding.photos()) {
				if (photo == null || photo.isEmpty()) {
					continue;
				}
				DocumentRef stored;
				try {
					stored = this.documents.store(application.enterpriseId(), InspectedItem.PHOTO_OWNER,
							String.valueOf(line.getId()), "INSPECTION_PHOTO", photo);
				}
				catch (DocumentRejectedException ex) {
					// rolls the whole inspection back
					throw PaymentRuleException.onField(photoField, ex.messageKey(), ex.arguments());
				}
				if (!PHOTO_TYPES.contains(stored.contentType())) {
					// rolls the whole inspection back
					throw PaymentRuleException.onField(photoField, "payment.inspection.photo.type",
							line.getDescription());
				}
			}
		}
		this.audit.record("PAYMENT_INSPECTION_RECORDED", ENTITY, inspection.getId(),
				"Tespit Tutanağı " + inspection.getRegistryNumber() + " for application " + applicationId
						+ (inspection.allPassed() ? ": all items meet the specification"
								: ": items failing the specification (MADDE 15(4))"),
				null, inspection.describe());
		return inspection;
	}

}
