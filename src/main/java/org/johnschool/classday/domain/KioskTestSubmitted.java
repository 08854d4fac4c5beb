package org.johnschool.classday.domain;

/** A participant submitted a test on the kiosk (no staff member signed in): completion looks at the case again. */
public record KioskTestSubmitted(long programId, long referralId) {}
