package tr.destek.payment.web;

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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlQueue;
import tr.destek.payment.Inspection;
import tr.destek.payment.InspectionService;

/**
 * Tespit Tutanağı pages (RESPONSIBLE_STAFF of the application, UNIT_MANAGER of its
 * province; others 404): the accepted applications of the unit, the inspections of one
 * application with each item's state, a new inspection, and the PDF (MADDE 15(3),(4)).
 */
@Controller
@RequestMapping("/kosgeb/control/inspections")
class InspectionController {

	private final InspectionService inspections;

	private final ControlQueue queue;

	private final PaymentWeb web;

	private final PaymentPdfs pdfs;

	InspectionController(InspectionService inspections, ControlQueue queue, PaymentWeb web, PaymentPdfs pdfs) {
		this.inspections = inspections;
		this.queue = queue;
		this.web = web;
		this.pdfs = pdfs;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		PaymentWeb.configure(binder);
	}

	@GetMapping
	String accepted(@AuthenticationPrincipal DestekUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page",
				this.queue.page(user,
						new ControlQueue.Filter(ApplicationStatus.ACCEPTED, false, null, ControlQueue.Sort.TITLE),
						Math.max(page, 0)));
		return "payment/inspections-index";
	}

	@GetMapping("/applications/{applicationId}")
	String application(@AuthenticationPrincipal DestekUser user, @PathVariable Long applicationId, Model model) {
		model.addAttribute("app", this.inspections.inspectable(user, applicationId));
		model.addAttribute("states", this.inspections.itemStates(applicationId));
		model.addAttribute("inspectionList", this.inspections.inspections(applicationId));
		if (!model.containsAttribute("inspectionForm")) {
			InspectionFormData form = new InspectionFormData();
			this.inspections.approvedItems(applicationId)
				.forEach(i -> form.getLines()
					.add(new InspectionFormData.Line(i.getExpenseItemId(), i.getDescription())));
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
		if (!result.hasErrors()) {
			try {
				Inspection inspection = this.inspections.record(user, applicationId, form.getVisitDate(),
						form.getLines()
							.stream()
							.map(l -> new InspectionService.ItemFinding(l.getExpenseItemId(), l.getBrand(),
									l.getModel(), l.getSerialNumber(), Boolean.TRUE.equals(l.getMeetsSpec()),
									l.getNote(), (l.getPhotos() != null) ? l.getPhotos() : List.of()))
							.toList());
				redirect.addFlashAttribute("flashSuccessKey", "payment.inspection.recorded");
				return "redirect:/kosgeb/control/inspections/" + inspection.getId();
			}
			catch (RuntimeException ex) {
				this.web.reject(result, ex);
			}
		}
		model.addAttribute("photosAgain", photosToChooseAgain(form));
		return application(user, applicationId, model);
	}

	/**
	 * Issue #10: a browser never sends a file input back, so after an error each line's
	 * chosen photos are named with the request to choose them again (nothing was stored:
	 * the Tespit Tutanağı is recorded with its photos or not at all).
	 */
	static Map<Integer, String> photosToChooseAgain(InspectionFormData form) {
		Map<Integer, String> again = new HashMap<>();
		for (int k = 0; k < form.getLines().size(); k++) {
			List<MultipartFile> photos = form.getLines().get(k).getPhotos();
			List<String> names = (photos == null) ? List.of()
					: photos.stream()
						.filter(p -> p != null && !p.isEmpty())
						.map(p -> shownName(p.getOriginalFilename()))
						.toList();
			if (!names.isEmpty()) {
				again.put(k, String.join(", ", names));
			}
		}
		return again;
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
