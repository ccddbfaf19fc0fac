package tr.destek.notification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	@Query(value = "select n from Notification n where n.recipientId = ?1 order by n.createdAt desc, n.id desc",
			countQuery = "select count(n) from Notification n where n.recipientId = ?1")
	Page<Notification> findForRecipient(Long recipientId, Pageable pageable);

	Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

	@Query("select count(n) from Notification n where n.recipientId = ?1 and n.readAt is null")
	long countUnread(Long recipientId);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.recipientId = ?1 and n.readAt is null")
	int markAllRead(Long recipientId, Instant now);

}
