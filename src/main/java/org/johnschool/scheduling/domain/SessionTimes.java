package org.johnschool.scheduling.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** When a session takes place: a date, a start and an end on that day. */
public record SessionTimes(LocalDate date, LocalTime start, LocalTime end) {}
