package tr.destek.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The V5 seed: Türkiye's official holidays 2024-2030 (deadlines.md item 6). */
@RepositoryTest
class OfficialHolidayRepositoryTests {

	@Autowired
	OfficialHolidayRepository holidays;

	@ParameterizedTest
	@ValueSource(ints = { 2024, 2025, 2026, 2027, 2028, 2029, 2030 })
	void everyYearHasAllSevenBayramDaysAndTheNationalHolidays(int year) {
		List<OfficialHoliday> inYear = this.holidays.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));

		List<OfficialHoliday> ramazan = inYear.stream()
			.filter(h -> !h.isHalfDay() && h.getNameTr().matches(".*Ramazan Bayramı [1-3]\\. gün.*"))
			.toList();
		List<OfficialHoliday> kurban = inYear.stream()
			.filter(h -> !h.isHalfDay() && h.getNameTr().matches(".*Kurban Bayramı [1-4]\\. gün.*"))
			.toList();
		assertThat(ramazan).hasSize(3);
		assertThat(kurban).hasSize(4);
		// consecutive days
		assertThat(ramazan.get(2).getDate()).isEqualTo(ramazan.get(0).getDate().plusDays(2));
		assertThat(kurban.get(3).getDate()).isEqualTo(kurban.get(0).getDate().plusDays(3));
		assertThat(inYear).extracting(OfficialHoliday::getDate)
			.contains(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 23), LocalDate.of(year, 5, 1),
					LocalDate.of(year, 5, 19), LocalDate.of(year, 7, 15), LocalDate.of(year, 8, 30),
					LocalDate.of(year, 10, 28), LocalDate.of(year, 10, 29));
		assertThat(inYear).filteredOn(h -> h.getDate().equals(LocalDate.of(year, 10, 28)))
			.singleElement()
			.extracting(OfficialHoliday::isHalfDay)
			.isEqualTo(true);
		assertThat(inYear).allSatisfy(h -> assertThat(h.getNameEn()).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-04-10", "2024-06-16", "2025-03-30", "2025-06-06", "2026-03-20", "2026-05-27",
			"2027-03-09", "2027-05-16", "2028-02-26", "2028-05-05", "2029-02-14", "2029-04-24", "2030-02-04",
			"2030-04-13" })
	void bayramsStartOnTheDiyanetDatesWithAHalfDayEve(String firstDay) {
		LocalDate first = LocalDate.parse(firstDay);
		List<OfficialHoliday> around = this.holidays.findByDateBetweenOrderByDateAsc(first.minusDays(1), first);

		assertThat(around).hasSize(2);
		assertThat(around.get(1).getNameTr()).contains("1. gün");
		// the eve is a half day, except 23 April 2029 which is a national holiday itself
		if (!first.minusDays(1).equals(LocalDate.of(2029, 4, 23))) {
			assertThat(around.get(0).isHalfDay()).isTrue();
		}
	}

	@org.junit.jupiter.api.Test
	void yearsWithHolidaysAreListed() {
		assertThat(this.holidays.findYears()).contains(2024, 2025, 2026, 2027, 2028, 2029, 2030);
	}

}
