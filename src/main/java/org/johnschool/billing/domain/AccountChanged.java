package org.johnschool.billing.domain;

import org.johnschool.identity.application.StaffScope;

/** Money moved on a case's account (a payment, waiver, adjustment, refund or void): completion looks at the case again. */
public record AccountChanged(StaffScope scope, long referralId) {}
