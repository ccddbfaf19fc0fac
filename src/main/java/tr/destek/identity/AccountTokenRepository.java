package tr.destek.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	/**
	 * The token row locked, so that two uses of one link at the same moment go one by
	 * one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AccountToken t where t.tokenHash = :hash")
	Optional<AccountToken> lockByTokenHash(@Param("hash") String tokenHash);

	/** Earlier unused links of the same purpose stop working when a new one is sent. */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
	int retire(@Param("userId") Long userId, @Param("purpose") AccountToken.Purpose purpose, @Param("now") Instant now);

}
