package tr.destek.kosgeb;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.UserAccount;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.Provinces;

/**
 * The notifications of the control (MADDE 9): who is told, under which message key, with
 * which plain-text arguments. The control services decide; this class is the one place
 * that turns their facts into notification arguments (dates formatted, labels in Turkish,
 * the unit's language), so that no control service renders text itself.
 */
@Component
class ControlNotices {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final Locale UNIT_LANGUAGE = Locale.forLanguageTag("tr");

	private final Notifier notifier;

	private final ControlAccess access;

	private final EnterpriseService enterprises;

	private final Provinces provinces;

	private final MessageSource messages;

	ControlNotices(Notifier notifier, ControlAccess access, EnterpriseService enterprises, Provinces provinces,
			MessageSource messages) {
		this.notifier = notifier;
		this.access = access;
		this.enterprises = enterprises;
		this.provinces = provinces;
		this.messages = messages;
	}

	/** Tells one staff member about {@code application}, linking its control page. */
	void toStaff(Long userId, KosgebApplication application, String messageKey, Object... args) {
		this.notifier.notifyUser(userId, messageKey, args, link(application));
	}

	/** Tells every unit manager of the file's province unit. */
	void toManagers(KosgebApplication application, String messageKey, Object... args) {
		for (UserAccount manager : this.access.managersOf(application.getProvinceCode())) {
			this.notifier.notifyUser(manager.getId(), messageKey, args, link(application));
		}
	}

	/**
	 * Tells everyone of the applicant enterprise; the link leads to the applicant's page.
	 */
	void toApplicant(KosgebApplication application, String messageKey, Object... args) {
		this.notifier.notifyEnterprise(application.getEnterpriseId(), messageKey, args,
				ApplicationControlService.APPLICANT_LINK);
	}

	String enterpriseTitle(KosgebApplication application) {
		return this.enterprises.find(application.getEnterpriseId()).map(Enterprise::getTitle).orElse("—");
	}

	String provinceName(Short code) {
		return this.provinces.find(code).map(Provinces.Province::name).orElse(String.valueOf(code));
	}

	/** Notification arguments are plain text: parts in Turkish, the unit's language. */
	String partsText(Set<ApplicationPart> parts) {
		return parts.stream().map(p -> label(p.messageKey())).collect(Collectors.joining(", "));
	}

	/** A label (status, proposal) as a notification argument, in the unit's language. */
	String label(String key) {
		return this.messages.getMessage(key, null, key, UNIT_LANGUAGE);
	}

	/**
	 * The reason recorded on an application whose correction window passed (MADDE 9(3)).
	 */
	String expiredCorrectionReason() {
		return this.messages.getMessage("kosgeb-control.expired.reason", null, UNIT_LANGUAGE);
	}

	static String link(KosgebApplication application) {
		return "/kosgeb/control/" + application.getId();
	}

	static String format(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(DestekTime.ZONE)) : "—";
	}

}
