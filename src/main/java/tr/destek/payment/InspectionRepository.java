package tr.destek.payment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	/** The inspections of an application with their lines, newest visit first. */
	@Query("select distinct i from Inspection i left join fetch i.items where i.applicationId = ?1 "
			+ "order by i.visitDate desc, i.id desc")
	List<Inspection> findForApplication(Long applicationId);

	@Query(value = "select nextval('payment_inspection_registry_seq')", nativeQuery = true)
	long nextRegistryNumber();

}
