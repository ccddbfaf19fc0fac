package tr.destek.enterprise;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to reference data of V7. */
interface ProvinceRepository extends JpaRepository<Province, Short> {

}
