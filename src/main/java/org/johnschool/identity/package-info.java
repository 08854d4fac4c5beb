/**
 * Who may do what: staff accounts, roles, a clerk's court, sign-in with lockout, password rules,
 * and the audit trail (security events and Envers revisions stamped with the caller).
 */
package org.johnschool.identity;
