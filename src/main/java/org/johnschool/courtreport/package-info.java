/**
 * Reporting back to the court: the feed of every status change and disposition of a court's cases (JSON,
 * polled with {@code since}), the weekly report per court (CSV and PDF), the compliance letter per case,
 * and the clerk's page of their court's changes.
 */
package org.johnschool.courtreport;
