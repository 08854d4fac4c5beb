/**
 * Referral intake: a court refers a person arrested for buying sex; the referral is screened for
 * eligibility at once, and a coordinator may override the result with a written justification.
 */
package org.johnschool.referral;
