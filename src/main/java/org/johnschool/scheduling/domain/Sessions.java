package org.johnschool.scheduling.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Class sessions and their enrollments, always within one program. */
public interface Sessions {

  void add(ClassSession session);

  Optional<ClassSession> find(long programId, long sessionId);

  /** The session, locked until the transaction ends: seat changes of one session go one at a time. */
  Optional<ClassSession> lock(long programId, long sessionId);

  /** Sessions from one date to another (inclusive), by date and start, with their venues. */
  List<ClassSession> between(long programId, LocalDate from, LocalDate to);

  void add(Enrollment enrollment);

  /** The case's current enrollment or waitlist place, if any. */
  Optional<Enrollment> current(long programId, long referralId);

  /** Every enrollment of the case, newest first. */
  List<Enrollment> ofCase(long programId, long referralId);

  /** The first of a session's waitlist (joined earliest), if any. */
  Optional<Enrollment> firstWaiting(long sessionId);

  /** The current enrollments and waitlist places of a session, in the order they joined. */
  List<Enrollment> roster(long sessionId);

  /** The current enrollments and waitlist places of a session as plain lines (for reading, not changing). */
  List<RosterEntry> rosterEntries(long sessionId);

  /** How many waitlist places a session has. */
  long waitlistSize(long sessionId);

  /** A session's seats, held (ENROLLED) or used (attendance taken), in the order they were taken. */
  List<Enrollment> seats(long sessionId);
}
