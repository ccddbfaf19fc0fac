package tr.destek.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.EnterpriseNotices;
import tr.destek.platform.DestekTime;

/**
 * The asset lock on the enterprise's profile page (MADDE 18(12)): what was bought with
 * the support may not be sold, rented or pledged until one year after the last loan
 * maturity. Shown while the lock lasts, from the latest maturity of the disbursed
 * schedules of the enterprise's file in any programme.
 */
@Component
class AssetLockNotices implements EnterpriseNotices {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final PaymentPorts ports;

	private final PaymentRules rules;

	private final MessageSource messages;

	private final Clock clock;

	AssetLockNotices(PaymentPorts ports, PaymentRules rules, MessageSource messages, Clock clock) {
		this.ports = ports;
		this.rules = rules;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> noticesFor(Long enterpriseId, Locale locale) {
		LocalDate today = DestekTime.today(this.clock);
		return this.ports.filesOfEnterprise(enterpriseId)
			.stream()
			.flatMap(file -> this.ports.grants(file.source()).disbursedFor(file.fileId()).stream())
			.map(this.rules::assetLockUntil)
			.max(Comparator.naturalOrder())
			.filter(until -> !today.isAfter(until))
			.map(until -> List
				.of(this.messages.getMessage("payment.asset-lock", new Object[] { DATE.format(until) }, locale)))
			.orElse(List.of());
	}

}
