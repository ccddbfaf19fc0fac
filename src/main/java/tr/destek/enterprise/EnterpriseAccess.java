package tr.destek.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * Who reads which enterprise (issue #9 point 5): an applicant its own; an admin any (the
 * system administrator answers for the data, reads masked TCKNs); other staff only when a
 * file of theirs needs it, as one of the {@link EnterpriseReaders} says. Nobody else
 * learns that the enterprise exists.
 */
@Component
public class EnterpriseAccess {

	private final EnterpriseService enterprises;

	private final List<EnterpriseReaders> readers;

	EnterpriseAccess(EnterpriseService enterprises, List<EnterpriseReaders> readers) {
		this.enterprises = enterprises;
		this.readers = readers;
	}

	/**
	 * The enterprise with its fiscal years and persons if {@code viewer} may read it;
	 * empty otherwise (answered 404).
	 * @throws AccessDeniedException for an applicant asking for another enterprise
	 */
	@Transactional(readOnly = true)
	public Optional<Enterprise> findReadableBy(DestekUser viewer, Long enterpriseId) {
		if (viewer == null || enterpriseId == null) {
			return Optional.empty();
		}
		if (isOwn(viewer, enterpriseId)) {
			return this.enterprises.find(enterpriseId);
		}
		if (!viewer.hasAnyRole(Role.STAFF_READING_ENTERPRISES)) {
			throw new AccessDeniedException("enterprise " + enterpriseId + " is not yours");
		}
		if (viewer.hasRole(Role.ADMIN) || this.readers.stream().anyMatch(r -> r.mayRead(viewer, enterpriseId))) {
			return this.enterprises.find(enterpriseId);
		}
		return Optional.empty();
	}

	/**
	 * Whether the viewer sees the TCKNs of the enterprise's persons as typed: only its
	 * own applicant users; staff see them masked ({@link TaxNumber#masked(String)}).
	 */
	public boolean showsTcknsTo(DestekUser viewer, Long enterpriseId) {
		return viewer != null && isOwn(viewer, enterpriseId);
	}

	private static boolean isOwn(DestekUser viewer, Long enterpriseId) {
		return viewer.hasRole(Role.APPLICANT) && enterpriseId.equals(viewer.getEnterpriseId());
	}

}
