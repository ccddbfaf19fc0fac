package tr.destek.loan;

import tr.destek.document.DocumentContent;
import tr.destek.document.DocumentStore;
import tr.destek.platform.NotFoundException;

/** Opens a document only when it belongs to the loan asked for. */
final class LoanDocuments {

	private LoanDocuments() {
	}

	static DocumentContent open(DocumentStore documents, Long loanId, Long documentId) {
		return documents.find(documentId)
			.filter(d -> BankLoanService.ENTITY.equals(d.ownerType()) && String.valueOf(loanId).equals(d.ownerId()))
			.flatMap(d -> documents.open(d.id()))
			.orElseThrow(NotFoundException::new);
	}

}
