package org.johnschool.referral.application;

/** One problem of a docket file: its row (the header is row 1), its column, and what is wrong. */
public record ImportProblem(long row, String column, String message) {}
