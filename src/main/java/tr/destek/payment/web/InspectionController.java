package tr.destek.payment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentRejectedException;
import tr.destek.document.KeptUploads;
import tr.destek.identity.DestekUser;
import tr.destek.payment.Inspection;
import tr.destek.payment.InspectionService;

/**
 * Tespit Tutanağı pages (RESPONSIBLE_STAFF of the application, UNIT_MANAGER of its
 * province; others 404): the inspections of one application with each item's state, a new
 * inspection, and the PDF (MADDE 15(3),(4)). The list of the unit's accepted files is the
 * programme's page ({@code kosgeb/web/KosgebInspectionIndexController}).
 */
@Controller
@RequestMapping("/kosgeb/control/inspections")
class InspectionController {

	/**
	 * The form whose photos are kept after a validation error, per application (issue
	 * #10).
	 */
	static final String KEPT_PHOTOS = "inspection-photos-";

	private final InspectionService inspections;

	private final PaymentWeb web;

	private final PaymentPdfs pdfs;

	private final KeptUploads kept;

	InspectionController(InspectionService inspections, PaymentWeb web, PaymentPdfs pdfs, KeptUploads kept) {
		this.inspections = inspections;
		this.web = web;
		this.pdfs = pdfs;
		this.kept = kept;
	}

	@GetMapping("/applications/{applicationId}")
	String application(@AuthenticationPrincipal DestekUser user, @PathVariable Long applicationId, Model model) {
		model.addAttribute("app", this.inspections.inspectable(user, applicationId));
		model.addAttribute("states", this.inspections.itemStates(applicationId));
		model.addAttribute("inspectionList", this.inspections.inspections(applicationId));
		if (!model.containsAttribute("inspectionForm")) {
			InspectionFormData form = new InspectionFormData();
			this.inspections.approvedItems(applicationId)
				.forEach(i -> form.getLines().add(new InspectionFormData.Line(i.expenseItemId(), i.description())));
			model.addAttribute("inspectionForm", form);
		}
		return "payment/inspections";
	}

	@PostMapping("/applications/{applicationId}")
	String record(@AuthenticationPrincipal DestekUser user, @PathVariable Long applicationId,
			@Valid @ModelAttribute("inspectionForm") InspectionFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		for (int k = 0; k < form.getLines().size(); k++) {
			InspectionFormData.Line line = form.getLines().get(k);
			if (Boolean.FALSE.equals(line.getMeetsSpec()) && (line.getNote() == null || line.getNote().isBlank())) {
				// MADDE 15(4): the shortcoming is written into the Tespit Tutanağı
				result.rejectValue("lines[" + k + "].note", "payment.inspection.note.required");
			}
		}
		String keptForm = KEPT_PHOTOS + applicationId;
		if (!result.hasErrors()) {
			try {
				Inspection inspection = this.inspections.record(user, applicationId, form.getVisitDate(),
						form.getLines()
							.stream()
							.map(l -> new InspectionService.ItemFinding(l.getExpenseItemId(), l.getBrand(),
									l.getModel(), l.getSerialNumber(), Boolean.TRUE.equals(l.getMeetsSpec()),
									l.getNote(), photos(user, keptForm, l)))
							.toList());
				this.kept.discard(user.getId(), keptForm);
				redirect.addFlashAttribute("flashSuccessKey", "payment.inspection.recorded");
				return "redirect:/kosgeb/control/inspections/" + inspection.getId();
			}
			catch (RuntimeException ex) {
				this.web.reject(result, ex);
			}
		}
		keepPhotos(user, keptForm, form, result, model);
		return application(user, applicationId, model);
	}

	/** A line's newly chosen photos and those kept after an earlier error (issue #10). */
	private List<MultipartFile> photos(DestekUser user, String keptForm, InspectionFormData.Line line) {
		List<MultipartFile> photos = new ArrayList<>((line.getPhotos() != null) ? line.getPhotos() : List.of());
		for (DocumentRef kept : this.kept.find(user.getId(), keptForm, line.getKeptPhotoIds())) {
			this.kept.file(user.getId(), keptForm, kept.id()).ifPresent(photos::add);
		}
		return photos;
	}

	/**
	 * Issue #10: after an error each line keeps its chosen pictures for the next submit
	 * and names them; the photos of a line whose photo was refused are not kept and must
	 * be chosen again (the message names them).
	 */
	private void keepPhotos(DestekUser user, String keptForm, InspectionFormData form, BindingResult result,
			Model model) {
		Map<Integer, String> keptNames = new HashMap<>();
		Map<Integer, String> again = new HashMap<>();
		for (int k = 0; k < form.getLines().size(); k++) {
			InspectionFormData.Line line = form.getLines().get(k);
			List<DocumentRef> kept = new ArrayList<>(this.kept.find(user.getId(), keptForm, line.getKeptPhotoIds()));
			List<MultipartFile> chosen = (line.getPhotos() != null) ? line.getPhotos() : List.of();
			List<String> notKept = new ArrayList<>();
			boolean refused = result.hasFieldErrors("lines[" + k + "].photos");
			for (MultipartFile photo : chosen) {
				if (photo == null || photo.isEmpty()) {
					continue;
				}
				if (refused) {
					notKept.add(shownName(photo.getOriginalFilename()));
					continue;
				}
				try {
					this.kept.keep(null, user.getId(), keptForm, photo)
						.filter(d -> d.contentType().startsWith("image/"))
						.ifPresentOrElse(kept::add, () -> notKept.add(shownName(photo.getOriginalFilename())));
				}
				catch (DocumentRejectedException ex) {
					notKept.add(shownName(photo.getOriginalFilename()));
				}
			}
			line.setKeptPhotoIds(new ArrayList<>(kept.stream().map(DocumentRef::id).toList()));
			if (!kept.isEmpty()) {
				keptNames.put(k, String.join(", ", kept.stream().map(DocumentRef::filename).toList()));
			}
			if (!notKept.isEmpty()) {
				again.put(k, String.join(", ", notKept));
			}
		}
		model.addAttribute("photosKept", keptNames);
		model.addAttribute("photosAgain", again);
	}

	/** The chosen file's name without any path, for the message (escaped when shown). */
	private static String shownName(String original) {
		String name = (original == null) ? "" : original.replaceAll(".*[/\\\\]", "").strip();
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		Inspection inspection = this.inspections.find(user, id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("photos", this.inspections.photos(inspection));
		return "payment/inspection";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Locale locale) {
		return this.pdfs.inspection(this.inspections.find(user, id), locale);
	}

}
