package org.johnschool.court.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.web.Messages;

/** Admin page of the program's courts (admin/courts.xhtml). */
@Named
@ViewScoped
public class CourtsBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject CourtDirectory courts;

  private List<CourtRow> rows;
  private String code;
  private String name;

  /** An editable line of the court table. */
  public static class CourtRow implements Serializable {
    private final long id;
    private final String code;
    private String name;
    private boolean active;

    CourtRow(Court c) {
      id = c.getId();
      code = c.getCode();
      name = c.getName();
      active = c.isActive();
    }

    public long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }

  @PostConstruct
  void load() {
    rows = courts.courtsOf(staff.scope()).stream().map(CourtRow::new).toList();
  }

  public void create() {
    try {
      courts.create(staff.scope(), code, name);
      Messages.info("common.saved");
      code = null;
      name = null;
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> "courtForm:" + ("name".equals(field) ? "name" : "code"));
    }
  }

  public void save(CourtRow row) {
    try {
      courts.update(staff.scope(), row.getId(), row.getName(), row.isActive());
      Messages.info("common.saved");
      load();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public List<CourtRow> getRows() {
    return rows;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
