package org.johnschool.identity.application;

import java.io.Serializable;
import org.johnschool.identity.domain.Role;

/** The identity a successful sign-in establishes: kept in the HTTP session for pages. */
public record SignedInStaff(String username, Role role, long loginEpochMillis) implements Serializable {}
