/**
 * A program runs one diversion service: it owns its courts, staff, cases and settings. Staff see
 * only their own program's data.
 */
package org.johnschool.program;
