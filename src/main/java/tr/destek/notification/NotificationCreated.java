package tr.destek.notification;

/** A notification was stored; its e-mail goes out once the transaction commits. */
record NotificationCreated(Long notificationId) {

}
