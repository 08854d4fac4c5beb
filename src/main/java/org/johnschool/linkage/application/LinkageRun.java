package org.johnschool.linkage.application;

import java.time.Instant;

/** What a linkage run did: persons indexed, records read, pairs scored, links made and pairs sent to review. */
public record LinkageRun(long id, String startedBy, Instant startedAt, Instant finishedAt, double upperThreshold, double lowerThreshold,
    int persons, int records, long comparisons, int linked, int toReview, long millis) implements java.io.Serializable {}
