/**
 * Notifications: every state change that concerns a person becomes an in-app notification
 * and an e-mail in that person's language. The e-mail goes out only after the change is
 * committed and never makes the change fail.
 */
package tr.destek.notification;
