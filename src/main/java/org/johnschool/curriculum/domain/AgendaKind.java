package org.johnschool.curriculum.domain;

/** A line of the day's order: a module, a short break or the lunch break. */
public enum AgendaKind {
  MODULE,
  BREAK,
  LUNCH
}
