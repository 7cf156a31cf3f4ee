/**
 * Visit reminders ({@code VisitReminderDue}), due {@code openmat.scheduling.reminder-leads} before each visit and
 * published exactly once per visit, start time and lead. Rows are planned in the booking, rescheduling and
 * cancelling transactions; every instance polls ({@code openmat.reminders.poll-interval}) and PostgreSQL's row locks
 * decide which instance sends which reminder.
 */
package org.openmat.scheduling.reminders;
