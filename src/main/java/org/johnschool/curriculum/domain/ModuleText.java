package org.johnschool.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.johnschool.curriculum.domain.CurriculumContent.ModuleWording;
import org.johnschool.curriculum.domain.CurriculumContent.OutlinePoint;

/**
 * A module's wording in one language: title, learning objectives, outline and sources. Lists are kept one
 * item per line; an outline detail line starts with a tab.
 */
@Entity
@Audited
@Table(name = "module_text")
public class ModuleText {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_text_seq")
  @SequenceGenerator(name = "module_text_seq", sequenceName = "module_text_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", updatable = false)
  private CurriculumModule module;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(nullable = false, updatable = false, length = 200)
  private String title;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String objectives;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String outline;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String sources;

  protected ModuleText() {}

  ModuleText(CurriculumModule module, String language, ModuleWording wording) {
    this.module = module;
    this.language = language;
    this.fileName = wording.file();
    this.title = wording.title();
    this.objectives = String.join("\n", wording.objectives().stream().map(ModuleText::oneLine).toList());
    StringBuilder o = new StringBuilder();
    for (OutlinePoint p : wording.outline()) {
      o.append(oneLine(p.text())).append('\n');
      for (String d : p.details()) {
        o.append('\t').append(oneLine(d)).append('\n');
      }
    }
    this.outline = o.toString().strip();
    this.sources = String.join("\n", wording.sources().stream().map(ModuleText::oneLine).toList());
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }

  public String getLanguage() {
    return language;
  }

  public String getFileName() {
    return fileName;
  }

  public String getTitle() {
    return title;
  }

  public List<String> getObjectives() {
    return Arrays.asList(objectives.split("\n"));
  }

  public List<OutlinePoint> getOutline() {
    List<OutlinePoint> points = new ArrayList<>();
    for (String line : outline.split("\n")) {
      if (line.startsWith("\t") && !points.isEmpty()) {
        points.get(points.size() - 1).details().add(line.substring(1));
      } else {
        points.add(new OutlinePoint(line, new ArrayList<>()));
      }
    }
    return points;
  }

  public List<String> getSources() {
    return Arrays.asList(sources.split("\n"));
  }

  /** The text as plain lines, for comparing two versions. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(title);
    lines.addAll(getObjectives());
    lines.addAll(Arrays.asList(outline.split("\n")));
    lines.addAll(getSources());
    return lines;
  }
}
