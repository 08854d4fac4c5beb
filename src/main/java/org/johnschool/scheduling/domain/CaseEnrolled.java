package org.johnschool.scheduling.domain;

import org.johnschool.identity.application.StaffScope;

/** Published (synchronously, in the enrolling transaction) when a case takes a seat: other parts react, e.g. billing charges the fee. */
public record CaseEnrolled(StaffScope scope, long referralId, long sessionId) {}
