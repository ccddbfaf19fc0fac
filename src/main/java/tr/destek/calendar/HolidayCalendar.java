package tr.destek.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holidays of each year, read from the database once and kept until an admin edits
 * the calendar. Deadline arithmetic asks for many days in a row, so it must not query the
 * database day by day.
 */
@Component
class HolidayCalendar {

	private final OfficialHolidayRepository holidays;

	private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

	private volatile Set<Integer> knownYears;

	HolidayCalendar(OfficialHolidayRepository holidays) {
		this.holidays = holidays;
	}

	/** The holidays of {@code year} by date (empty when none were entered). */
	Map<LocalDate, Holiday> year(int year) {
		if (!knownYears().contains(year)) {
			return Map.of();
		}
		return this.byYear.computeIfAbsent(year, this::load);
	}

	/** The years that have at least one holiday entered (one query, then cached). */
	Set<Integer> knownYears() {
		Set<Integer> years = this.knownYears;
		if (years == null) {
			years = Set.copyOf(this.holidays.findYears());
			this.knownYears = years;
		}
		return years;
	}

	Holiday on(LocalDate date) {
		return year(date.getYear()).get(date);
	}

	/**
	 * Forgets every cached year once the current transaction commits (immediately when
	 * there is none), so the next lookup sees the admin's change.
	 */
	void evictAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					clear();
				}
			});
		}
		else {
			clear();
		}
	}

	private void clear() {
		this.knownYears = null;
		this.byYear.clear();
	}

	private Map<LocalDate, Holiday> load(int year) {
		Map<LocalDate, Holiday> days = new LinkedHashMap<>();
		this.holidays.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.forEach(h -> days.put(h.getDate(), h.toHoliday()));
		return Collections.unmodifiableMap(days);
	}

}
