package org.johnschool.classday.domain;

import org.johnschool.identity.application.StaffScope;

/** A participant's class day (or a test) was recorded: completion looks at the case again. */
public record ClassDayRecorded(StaffScope scope, long referralId) {}
