package org.johnschool.curriculum.domain;

/** Knowledge items have one right answer; attitude items are statements rated on an agreement scale. */
public enum QuestionKind {
  KNOWLEDGE,
  ATTITUDE
}
