package tr.destek.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of spec deadlines.md and the rules of KOSGEB UE MADDE 18(13), (14), (15).
 */
@IntegrationTest
class DeadlineCalendarTests {

	private static final ZoneOffset ISTANBUL = ZoneOffset.ofHours(3);

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	DeadlineMessages messages;

	@Test
	void madde18_13_countingStartsTheDayAfterTheNotification() {
		// Mon 2026-03-02 + 15 days -> Tue 2026-03-17 23:59
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 3, 2), 15, PeriodUnit.DAYS, Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(deadline.end()).isEqualTo(OffsetDateTime.of(2026, 3, 17, 23, 59, 0, 0, ISTANBUL));
		assertThat(deadline.shifted()).isFalse();
		assertThat(this.messages.reason(deadline, Locale.forLanguageTag("tr-TR"))).contains("MADDE 18(13)")
			.contains("17 Mart 2026 Salı");
	}

	@Test
	void madde18_13_holidaysInsideCountAndAWeekendLastDayMovesToMonday() {
		// Fri 2026-05-15 + 15 days -> Sat 2026-05-30 -> Mon 2026-06-01 23:59; Kurban
		// Bayramı 27-30 May counts inside the period
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 5, 15), 15, PeriodUnit.DAYS, Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 5, 30));
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(deadline.end()).isEqualTo(OffsetDateTime.of(2026, 6, 1, 23, 59, 0, 0, ISTANBUL));
		assertThat(deadline.shifted()).isTrue();
		assertThat(deadline.holidaysInside()).extracting(Holiday::date)
			.contains(LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 27),
					LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 29), LocalDate.of(2026, 5, 30));
		assertThat(this.messages.reason(deadline, Locale.ENGLISH)).contains("MADDE 18(13)")
			.contains("Monday, 1 June 2026");
	}

	@Test
	void madde18_14_aMonthEndsOnTheLastDayOfAShorterMonth() {
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 1, 31), 1, PeriodUnit.MONTHS,
				Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(deadline.shifted()).isTrue();
		assertThat(this.messages.reason(deadline, Locale.forLanguageTag("tr-TR"))).contains("MADDE 18(14)")
			.contains("31. gün bulunmadığından");
	}

	@Test
	void madde18_14_aMonthEndsOnTheSameNumberedDay() {
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 3, 10), 2, PeriodUnit.MONTHS,
				Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 5, 10));
		// Sunday -> Monday 11 May
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2026, 5, 11));
	}

	@Test
	void madde18_14_aYearFrom29FebruaryEndsOn28February() {
		Deadline deadline = this.calendar.deadline(LocalDate.of(2024, 2, 29), 1, PeriodUnit.YEARS, Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(deadline.shifted()).isFalse();
		assertThat(this.messages.reason(deadline, Locale.ENGLISH)).contains("MADDE 18(14)").contains("no day 29");
	}

	@Test
	void madde18_13_aLastDayInsideABayramMovesPastTheWholeBayram() {
		// Ramazan Bayramı 2026: 20-22 March (Fri-Sun); 2026-03-05 + 15 days = Fri 20
		// March
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 3, 5), 15, PeriodUnit.DAYS, Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(deadline.shifted()).isTrue();
		assertThat(this.messages.reason(deadline, Locale.forLanguageTag("tr-TR"))).contains("Ramazan Bayramı 1. gün")
			.contains("23 Mart 2026 Pazartesi");

		// Kurban Bayramı 2026: Wed 27 - Sat 30 May; last day Wed 27 May -> Mon 1 June
		Deadline kurban = this.calendar.deadline(LocalDate.of(2026, 5, 20), 7, PeriodUnit.DAYS, Delivery.ELECTRONIC);
		assertThat(kurban.lastDay()).isEqualTo(LocalDate.of(2026, 5, 27));
		assertThat(kurban.endDate()).isEqualTo(LocalDate.of(2026, 6, 1));
	}

	@Test
	void deadlinesMd6_anArifeHalfDayIsAWorkingDayAndDoesNotShift() {
		// Kurban Bayramı arifesi 2026: Tue 26 May; Cumhuriyet Bayramı arifesi: Wed 28 Oct
		// 2026
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 5, 26))).isTrue();
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 5, 11), 15, PeriodUnit.DAYS, Delivery.ELECTRONIC);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 5, 26));
		assertThat(deadline.endDate()).isEqualTo(LocalDate.of(2026, 5, 26));
		assertThat(deadline.shifted()).isFalse();
		assertThat(this.messages.reason(deadline, Locale.ENGLISH)).contains("half day");

		Deadline october = this.calendar.deadline(LocalDate.of(2026, 10, 27), 1, PeriodUnit.DAYS, Delivery.ELECTRONIC);
		assertThat(october.endDate()).isEqualTo(LocalDate.of(2026, 10, 28));
		assertThat(october.shifted()).isFalse();
	}

	@Test
	void madde18_13_physicalDeliveryEndsAtTheEndOfOfficeHours() {
		Deadline deadline = this.calendar.deadline(LocalDate.of(2026, 5, 15), 15, PeriodUnit.DAYS, Delivery.PHYSICAL);

		assertThat(deadline.end()).isEqualTo(OffsetDateTime.of(2026, 6, 1, 17, 30, 0, 0, ISTANBUL));
		assertThat(this.calendar.officeHoursEnd()).isEqualTo(LocalTime.of(17, 30));
		assertThat(this.messages.reason(deadline, Locale.forLanguageTag("tr-TR")))
			.contains("mesai saati sonunda (17:30)");
	}

	@Test
	void weekendsAndFullHolidaysAreNotWorkingDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 17))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 21))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 23))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 29))).isFalse();
		assertThat(this.calendar.holidaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.hasSizeGreaterThanOrEqualTo(17);
	}

	@Test
	void madde18_15_staffProcessingTimesAreOnlySignalled() {
		// 15 days from Mon 2026-03-02 -> due Tue 2026-03-17 23:59
		LocalDate trigger = LocalDate.of(2026, 3, 2);

		SlaTimer early = this.calendar.sla(trigger, 15, PeriodUnit.DAYS, at(LocalDate.of(2026, 3, 10), 9, 0));
		SlaTimer soon = this.calendar.sla(trigger, 15, PeriodUnit.DAYS, at(LocalDate.of(2026, 3, 13), 9, 0));
		SlaTimer lastMinute = this.calendar.sla(trigger, 15, PeriodUnit.DAYS, at(LocalDate.of(2026, 3, 17), 23, 58));
		SlaTimer late = this.calendar.sla(trigger, 15, PeriodUnit.DAYS, at(LocalDate.of(2026, 3, 18), 0, 0));

		assertThat(early.status()).isEqualTo(SlaStatus.ON_TIME);
		assertThat(soon.status()).isEqualTo(SlaStatus.DUE_SOON);
		assertThat(lastMinute.status()).isEqualTo(SlaStatus.DUE_SOON);
		assertThat(late.status()).isEqualTo(SlaStatus.OVERDUE);
		assertThat(late.due()).isEqualTo(OffsetDateTime.of(2026, 3, 17, 23, 59, 0, 0, ISTANBUL).toInstant());
		assertThat(late.messageKey()).isEqualTo("calendar.sla.OVERDUE");
	}

	@Test
	void aPeriodIntoAYearWithoutHolidaysIsFlagged() {
		assertThat(this.calendar.deadline(LocalDate.of(2026, 3, 2), 15, PeriodUnit.DAYS, Delivery.ELECTRONIC)
			.holidayDataComplete()).isTrue();
		assertThat(this.calendar.deadline(LocalDate.of(2030, 12, 20), 3650, PeriodUnit.DAYS, Delivery.ELECTRONIC)
			.holidayDataComplete()).isFalse();
	}

	private static Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(DestekTime.ZONE).toInstant();
	}

}
