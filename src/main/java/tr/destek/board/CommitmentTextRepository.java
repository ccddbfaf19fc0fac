package tr.destek.board;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentTextRepository extends JpaRepository<CommitmentText, String> {

	Optional<CommitmentText> findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate date);

}
