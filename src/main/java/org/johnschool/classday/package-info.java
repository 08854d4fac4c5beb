/**
 * The class day: the facilitator's roster (check-in with ID verified, arrival and departure, attendance per
 * module with the program's grace minutes), make-up seats for missed modules, and the pre/post test scored
 * per item from the curriculum's question bank.
 */
package org.johnschool.classday;
