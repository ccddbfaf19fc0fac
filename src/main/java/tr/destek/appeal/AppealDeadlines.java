package tr.destek.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.calendar.SlaTimer;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ProgrammeParameters;

/**
 * The appeal's processing times after filing, counted by the deadline calendar with the
 * programme's parameters: the unit forwards within {@code appeal.forwarding-days} (15)
 * days (MADDE 13(2)) and the deciding body decides within
 * {@code appeal.commission-decision-months} (1) month of forwarding (MADDE 13(11)); both
 * are SLAs that warn and never block (MADDE 18(15)). The filing window itself is
 * {@link AppealWindow}'s.
 */
@Component
public class AppealDeadlines {

	static final String FORWARDING_DAYS = "appeal.forwarding-days";

	static final String DECISION_MONTHS = "appeal.commission-decision-months";

	private final Map<String, String> scopes;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final Clock clock;

	AppealDeadlines(List<AppealSubjects> subjects, DeadlineCalendar calendar, ProgrammeParameters parameters,
			Clock clock) {
		this.scopes = subjects.stream().collect(Collectors.toMap(AppealSubjects::source, AppealSubjects::parameters));
		this.calendar = calendar;
		this.parameters = parameters;
		this.clock = clock;
	}

	/**
	 * When the unit should have forwarded an appeal filed on {@code day} (MADDE 13(2)).
	 */
	Instant forwardingDue(String scope, LocalDate day) {
		return this.calendar.deadline(day, integer(scope, FORWARDING_DAYS, day), PeriodUnit.DAYS, Delivery.ELECTRONIC)
			.endInstant();
	}

	/**
	 * When the deciding body should decide an appeal forwarded on {@code day} (MADDE
	 * 13(11)).
	 */
	Instant decisionDue(String scope, LocalDate day) {
		return this.calendar.deadline(day, integer(scope, DECISION_MONTHS, day), PeriodUnit.MONTHS, Delivery.ELECTRONIC)
			.endInstant();
	}

	/** MADDE 13(2): 15 days from the appeal for the unit to forward it (MADDE 18(15)). */
	public SlaTimer forwardingSla(Appeal appeal) {
		LocalDate submitted = appeal.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate();
		return forwardingSla(appeal, submitted, integer(scope(appeal.getSubjectSource()), FORWARDING_DAYS, submitted));
	}

	/**
	 * The forwarding SLAs (MADDE 13(2)) of a queue by appeal id, with the forwarding days
	 * of every programme and submission date read at once per programme (not one
	 * parameter query per row).
	 */
	public Map<Long, SlaTimer> forwardingSlas(List<Appeal> appeals) {
		Map<String, Map<LocalDate, Integer>> days = new LinkedHashMap<>();
		appeals.stream()
			.collect(Collectors.groupingBy(Appeal::getSubjectSource))
			.forEach((source, some) -> days.put(source, this.parameters.integersAsOf(scope(source), FORWARDING_DAYS,
					some.stream().map(a -> a.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate()).toList())));
		Map<Long, SlaTimer> slas = new LinkedHashMap<>();
		for (Appeal appeal : appeals) {
			LocalDate submitted = appeal.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate();
			slas.put(appeal.getId(),
					forwardingSla(appeal, submitted, days.get(appeal.getSubjectSource()).get(submitted)));
		}
		return slas;
	}

	private SlaTimer forwardingSla(Appeal appeal, LocalDate submitted, int days) {
		Instant asOf = appeal.getForwardedAt() != null ? appeal.getForwardedAt() : Instant.now(this.clock);
		return this.calendar.sla(submitted, days, PeriodUnit.DAYS, asOf);
	}

	/**
	 * MADDE 13(11): one month from forwarding for the deciding body to decide; empty
	 * before forwarding.
	 */
	public Optional<SlaTimer> decisionSla(Appeal appeal) {
		if (appeal.getForwardedAt() == null) {
			return Optional.empty();
		}
		LocalDate forwarded = appeal.getForwardedAt().atZone(DestekTime.ZONE).toLocalDate();
		Instant asOf = appeal.getDecidedAt() != null ? appeal.getDecidedAt() : Instant.now(this.clock);
		return Optional.of(this.calendar.sla(forwarded,
				integer(scope(appeal.getSubjectSource()), DECISION_MONTHS, forwarded), PeriodUnit.MONTHS, asOf));
	}

	private String scope(String source) {
		String scope = this.scopes.get(source);
		if (scope == null) {
			throw new NotFoundException();
		}
		return scope;
	}

	private int integer(String scope, String key, LocalDate day) {
		return this.parameters.integer(scope, key, day);
	}

}
