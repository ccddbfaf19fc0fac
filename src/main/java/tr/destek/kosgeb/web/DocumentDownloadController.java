package tr.destek.kosgeb.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tr.destek.document.DocumentDownloads;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.KosgebAccess;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.NotFoundException;

/**
 * Downloads a document of a KOSGEB application for those who may see the application
 * ({@link KosgebAccess}): the applicant users of its enterprise, and the responsible
 * staff and unit managers of its province unit. Anyone else gets 404, as if the document
 * did not exist.
 */
@Controller
class DocumentDownloadController {

	private final DocumentStore documents;

	private final KosgebApplicationService applications;

	private final KosgebAccess access;

	DocumentDownloadController(DocumentStore documents, KosgebApplicationService applications, KosgebAccess access) {
		this.documents = documents;
		this.applications = applications;
		this.access = access;
	}

	@GetMapping("/kosgeb/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal DestekUser user, @PathVariable Long documentId) {
		DocumentRef ref = this.documents.find(documentId)
			.filter(d -> KosgebApplicationService.ENTITY.equals(d.ownerType()))
			.orElseThrow(NotFoundException::new);
		KosgebApplication application;
		try {
			application = this.applications.find(Long.valueOf(ref.ownerId()));
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
		if (!this.access.mayView(user, application) || !application.getEnterpriseId().equals(ref.enterpriseId())) {
			throw new NotFoundException();
		}
		return DocumentDownloads.response(this.documents.open(ref.id()).orElseThrow(NotFoundException::new));
	}

}
