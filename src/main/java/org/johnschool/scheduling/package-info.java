/**
 * Class sessions and enrollment: venues and presenters, sessions (single or in series) with the agenda of
 * their curriculum version, and the seats of each session. A session never holds more enrolled cases than
 * its capacity (a row lock and a database check); a full session keeps a waitlist served in order.
 */
package org.johnschool.scheduling;
