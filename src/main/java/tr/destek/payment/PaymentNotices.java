package tr.destek.payment;

import org.springframework.stereotype.Component;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;

/**
 * Who is told what along a payment request's life (message keys and arguments only; the
 * notification module renders them): receipt and review (MADDE 15(1)), the oluru waiting
 * for and returned by the unit manager, and the approved payment (MADDE 15(5)).
 */
@Component
class PaymentNotices {

	static final String APPLICANT_REQUEST = "/kosgeb/application/payments/requests/";

	static final String STAFF_REQUEST = "/kosgeb/control/payments/requests/";

	private final Notifier notifier;

	private final UserAccountService users;

	PaymentNotices(Notifier notifier, UserAccountService users) {
		this.notifier = notifier;
		this.users = users;
	}

	void submitted(PaymentRequest request, PayableFile file) {
		this.notifier.notifyEnterprise(request.getEnterpriseId(), "payment.notification.received",
				new Object[] { request.getRegistryNumber(), request.getQuarterNumber() },
				APPLICANT_REQUEST + request.getId());
		if (file.assignedStaffId() != null) {
			this.notifier.notifyUser(file.assignedStaffId(), "payment.notification.to-review",
					new Object[] { request.getRegistryNumber(), file.reference() }, STAFF_REQUEST + request.getId());
		}
	}

	void oluruWaiting(PaymentRequest request) {
		for (UserAccount manager : this.users.staffOfProvince(Role.UNIT_MANAGER, request.getProvinceCode())) {
			this.notifier.notifyUser(manager.getId(), "payment.notification.oluru-waiting",
					new Object[] { request.getRegistryNumber() }, STAFF_REQUEST + request.getId());
		}
	}

	void approved(PaymentRequest request, Payment payment) {
		this.notifier.notifyEnterprise(request.getEnterpriseId(), "payment.notification.approved",
				new Object[] { request.getRegistryNumber(), PaymentCheck.amount(payment.getPaidToEnterprise()),
						PaymentCheck.amount(payment.getPaidToTaxOffice().add(payment.getPaidToSgk())),
						PaymentCheck.amount(payment.getWithheld()) },
				"/kosgeb/application/payments");
	}

	void returned(PaymentRequest request, String reason) {
		UserAccount preparer = this.users.findByEmail(request.getPreparedBy()).orElse(null);
		if (preparer != null) {
			this.notifier.notifyUser(preparer.getId(), "payment.notification.returned",
					new Object[] { request.getRegistryNumber(), reason }, STAFF_REQUEST + request.getId());
		}
	}

}
