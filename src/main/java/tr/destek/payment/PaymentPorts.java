package tr.destek.payment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tr.destek.identity.DestekUser;
import tr.destek.platform.NotFoundException;

/**
 * Finds the programme's implementation of the payment ports by source among the beans
 * that implement them; no look-up reaches back into a programme.
 */
@Component
class PaymentPorts {

	private final List<PayableFiles> files;

	private final List<SupportGrants> grants;

	PaymentPorts(List<PayableFiles> files, List<SupportGrants> grants) {
		this.files = List.copyOf(files);
		this.grants = List.copyOf(grants);
	}

	PayableFiles files(String source) {
		return this.files.stream()
			.filter(f -> f.source().equals(source))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no PayableFiles for source " + source));
	}

	SupportGrants grants(String source) {
		return this.grants.stream()
			.filter(g -> g.source().equals(source))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no SupportGrants for source " + source));
	}

	/** The file stored under {@code source}; 404 when the programme does not know it. */
	PayableFile file(String source, Long fileId) {
		return files(source).file(fileId).orElseThrow(NotFoundException::new);
	}

	/**
	 * A file by its id when the caller does not know its source (a URL of today's single
	 * programme): the first programme that knows it.
	 */
	Optional<PayableFile> anyFile(Long fileId) {
		return this.files.stream().map(f -> f.file(fileId)).flatMap(Optional::stream).findFirst();
	}

	/** The file of the applicant's own enterprise in any programme; 404 if none. */
	PayableFile ownFile(DestekUser applicant) {
		if (applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
		return this.files.stream()
			.map(f -> f.fileOfEnterprise(applicant.getEnterpriseId()))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** The files an enterprise has in the programmes. */
	List<PayableFile> filesOfEnterprise(Long enterpriseId) {
		return this.files.stream().map(f -> f.fileOfEnterprise(enterpriseId)).flatMap(Optional::stream).toList();
	}

	boolean mayView(DestekUser user, PayableFile file) {
		return files(file.source()).mayView(user, file);
	}

	boolean mayControl(DestekUser user, PayableFile file) {
		return files(file.source()).mayControl(user, file);
	}

	/**
	 * Whether staff may see the file an enterprise has in some programme (the documents
	 * of payments are stored per enterprise).
	 */
	boolean mayViewEnterprise(DestekUser user, Long enterpriseId) {
		return this.files.stream()
			.anyMatch(f -> f.fileOfEnterprise(enterpriseId).filter(file -> f.mayView(user, file)).isPresent());
	}

	/** The stops of the files of one source, by file id (one query). */
	java.util.Map<Long, PaymentStop> stops(String source, Collection<Long> fileIds) {
		return files(source).stops(fileIds);
	}

}
