/**
 * Fees and the ledger: every money event of a case is an immutable account entry (charge, payment,
 * adjustment, waiver, refund, reversal); the balance is derived from the entries, never stored. Payments get
 * gapless receipt numbers per program and are idempotent by key.
 */
package org.johnschool.billing;
