package tr.destek.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficialHolidayRepository extends JpaRepository<OfficialHoliday, Long> {

	List<OfficialHoliday> findByDateBetweenOrderByDateAsc(LocalDate from, LocalDate to);

	boolean existsByDate(LocalDate date);

	@Query("select distinct year(h.date) from OfficialHoliday h order by year(h.date)")
	List<Integer> findYears();

}
