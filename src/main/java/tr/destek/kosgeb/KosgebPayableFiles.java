package tr.destek.kosgeb;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.DestekUser;
import tr.destek.payment.PayableFile;
import tr.destek.payment.PayableFiles;
import tr.destek.payment.PaymentStop;
import tr.destek.platform.FileLabel;
import tr.destek.programme.ParameterScope;

/**
 * KOSGEB's files as payments see them: an application is paid on while ACCEPTED (its
 * items are inspected, MADDE 15(3)); its pending payments stop when the programme was not
 * completed successfully (MADDE 17(2)) or was terminated (MADDE 17(5)). Access is
 * {@link KosgebAccess} (MADDE 9(1)), the labels are {@link FileLabels}.
 */
@Component
class KosgebPayableFiles implements PayableFiles {

	static final String SOURCE = "KOSGEB";

	private final KosgebApplicationService applications;

	private final KosgebAccess access;

	private final FileLabels labels;

	KosgebPayableFiles(KosgebApplicationService applications, KosgebAccess access, FileLabels labels) {
		this.applications = applications;
		this.access = access;
		this.labels = labels;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PayableFile> file(Long fileId) {
		if (fileId == null) {
			return Optional.empty();
		}
		return this.applications.findAll(List.of(fileId)).stream().findFirst().map(KosgebPayableFiles::payable);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PayableFile> fileOfEnterprise(Long enterpriseId) {
		return this.applications.findForEnterprise(enterpriseId).map(KosgebPayableFiles::payable);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PaymentStop> stops(Collection<Long> fileIds) {
		Map<Long, PaymentStop> stops = new HashMap<>();
		this.applications.statuses(fileIds).forEach((id, status) -> stops.put(id, stop(status)));
		return stops;
	}

	@Override
	public boolean mayView(DestekUser user, PayableFile file) {
		return this.access.mayView(user, file.enterpriseId(), file.provinceCode());
	}

	@Override
	public boolean mayControl(DestekUser user, PayableFile file) {
		return this.access.mayControl(user, file.provinceCode(), file.assignedStaffId());
	}

	@Override
	public Map<Long, FileLabel> labels(Collection<Long> fileIds) {
		return this.labels.of(fileIds);
	}

	static PayableFile payable(KosgebApplication application) {
		return new PayableFile(SOURCE, application.getId(), application.getReference(), application.getEnterpriseId(),
				application.getProvinceCode(), application.getAssignedStaffId(), ParameterScope.KOSGEB_DT,
				stop(application.getStatus()), application.getStatus() == ApplicationStatus.ACCEPTED);
	}

	/**
	 * MADDE 17(2): no pending payment when the programme was not completed successfully;
	 * MADDE 17(5): none when it was terminated. The status the monitoring sets while the
	 * application is ACCEPTED is the source.
	 */
	static PaymentStop stop(ApplicationStatus status) {
		if (status == ApplicationStatus.UNSUCCESSFUL) {
			return PaymentStop.UNSUCCESSFUL;
		}
		if (status == ApplicationStatus.TERMINATED) {
			return PaymentStop.TERMINATED;
		}
		return null;
	}

}
