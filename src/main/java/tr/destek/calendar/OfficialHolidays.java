package tr.destek.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/**
 * The admin-edited holiday calendar (deadlines.md item 6: data an admin can edit, never a
 * hard-coded list). Every change is audited and reaches deadline arithmetic as soon as it
 * commits.
 */
@Service
public class OfficialHolidays {

	static final String ENTITY_TYPE = "OfficialHoliday";

	private final OfficialHolidayRepository holidays;

	private final HolidayCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	OfficialHolidays(OfficialHolidayRepository holidays, HolidayCalendar calendar, AuditTrail audit, Clock clock) {
		this.holidays = holidays;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OfficialHoliday> inYear(int year) {
		return this.holidays.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The years that have holidays entered, ascending. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.holidays.findYears();
	}

	@Transactional(readOnly = true)
	public Optional<OfficialHoliday> find(long id) {
		return this.holidays.findById(id);
	}

	/**
	 * Adds a holiday.
	 * @throws DuplicateHolidayDateException when the date already has one
	 */
	@Transactional
	public OfficialHoliday add(LocalDate date, String nameTr, String nameEn, boolean halfDay) {
		if (this.holidays.existsByDate(date)) {
			throw new DuplicateHolidayDateException(date);
		}
		OfficialHoliday holiday;
		try {
			holiday = this.holidays.saveAndFlush(new OfficialHoliday(date, nameTr.trim(), nameEn.trim(), halfDay,
					Instant.now(this.clock), AuditTrail.currentActor()));
		}
		catch (DataIntegrityViolationException ex) {
			// another admin added the same date at the same moment
			// (ux_official_holiday_date)
			throw new DuplicateHolidayDateException(date);
		}
		this.audit.record("HOLIDAY_ADDED", ENTITY_TYPE, holiday.getId(),
				"Official holiday added: " + holiday.describe(), null, holiday.describe());
		this.calendar.evictAfterCommit();
		return holiday;
	}

	/**
	 * Removes a holiday.
	 * @return the removed holiday, or empty when there was none with that id
	 */
	@Transactional
	public Optional<OfficialHoliday> remove(long id) {
		Optional<OfficialHoliday> found = this.holidays.findById(id);
		found.ifPresent(holiday -> {
			this.holidays.delete(holiday);
			this.audit.record("HOLIDAY_REMOVED", ENTITY_TYPE, holiday.getId(),
					"Official holiday removed: " + holiday.describe(), holiday.describe(), null);
			this.calendar.evictAfterCommit();
		});
		return found;
	}

}
