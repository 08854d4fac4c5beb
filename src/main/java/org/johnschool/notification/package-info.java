/**
 * Notices to participants (enrollment, waitlist, moves, cancellations, reminders), written in their
 * preferred language into an outbox in the same transaction as the change they announce. Demo mode keeps
 * them for admins to read; production sends them by e-mail.
 */
package org.johnschool.notification;
