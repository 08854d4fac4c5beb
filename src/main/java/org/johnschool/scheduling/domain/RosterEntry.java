package org.johnschool.scheduling.domain;

import java.time.Instant;

/** A roster line as stored: which case, seated or waiting, since when, moved how often. */
public record RosterEntry(long referralId, EnrollmentStatus status, Instant joinedAt, int rescheduleCount) {}
