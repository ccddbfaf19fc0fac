package tr.destek.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmailIgnoreCase(String email);

	@EntityGraph(attributePaths = "roles")
	List<UserAccount> findByEnterpriseIdOrderByFullName(Long enterpriseId);

	@Query("""
			select u from UserAccount u
			where u.enterpriseId is null and u.enabled = true and u.provinceCode = :province and :role member of u.roles
			order by u.id
			""")
	List<UserAccount> findStaffOfProvince(@org.springframework.data.repository.query.Param("role") Role role,
			@org.springframework.data.repository.query.Param("province") Short province);

	@Query("select u from UserAccount u where u.enterpriseId is null")
	Page<UserAccount> findStaff(Pageable pageable);

}
