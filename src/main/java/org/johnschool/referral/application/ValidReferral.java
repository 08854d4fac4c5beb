package org.johnschool.referral.application;

import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.ReferralFacts;

/** A referral request that passed every check: typed values ready for the domain. */
public record ValidReferral(String courtCode, ReferralFacts facts, PersonDetails person) {}
