package org.johnschool.curriculum.domain;

import java.util.SortedMap;

/** Where the curriculum folder is read from: its files by relative path ("modules/law.en.md"), and a description for people. */
public interface CurriculumSource {

  SortedMap<String, byte[]> files();

  String description();
}
