package org.johnschool.classday.domain;

/** The test before the class (PRE) and after it (POST); completion needs the post-test. */
public enum TestKind {
  PRE,
  POST
}
