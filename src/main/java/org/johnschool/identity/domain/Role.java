package org.johnschool.identity.domain;

/** The roles of the program's staff; a clerk is also tied to one court. */
public enum Role {
  ADMIN,
  COORDINATOR,
  FACILITATOR,
  CLERK,
  EVALUATOR;

  /** Role names as used in {@code @RolesAllowed} (constants, so annotations can use them). */
  public static final String ADMIN_NAME = "ADMIN";
  public static final String COORDINATOR_NAME = "COORDINATOR";
  public static final String FACILITATOR_NAME = "FACILITATOR";
  public static final String CLERK_NAME = "CLERK";
  public static final String EVALUATOR_NAME = "EVALUATOR";
}
