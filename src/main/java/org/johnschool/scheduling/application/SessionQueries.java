package org.johnschool.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.johnschool.curriculum.application.CurriculumCatalog;
import org.johnschool.curriculum.domain.AgendaKind;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.application.CaseEnrollment;
import org.johnschool.referral.application.CaseEnrollment.CaseForEnrollment;
import org.johnschool.scheduling.domain.ClassSession;
import org.johnschool.scheduling.domain.EnrollmentStatus;
import org.johnschool.scheduling.domain.RosterEntry;
import org.johnschool.scheduling.domain.SessionAgendaItem;
import org.johnschool.scheduling.domain.SessionStatus;
import org.johnschool.scheduling.domain.Sessions;

/** The class calendar, one session with its agenda, and its roster, for the staff who plan and teach. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class SessionQueries {

  static final int MAX_DAYS = 400;

  @Inject Sessions sessions;
  @Inject CurriculumCatalog curriculum;
  @Inject CaseEnrollment cases;

  public record SessionSummary(long id, LocalDate date, LocalTime start, LocalTime end, String language, int capacity, int enrolled,
      int seatsLeft, SessionStatus status, long venueId, String venue, String room, int curriculumVersion) implements java.io.Serializable {

    static SessionSummary of(ClassSession s) {
      return new SessionSummary(s.getId(), s.getDate(), s.getStart(), s.getEnd(), s.getLanguage(), s.getCapacity(), s.getEnrolled(),
          s.seatsLeft(), s.getStatus(), s.getVenue().getId(), s.getVenue().getName(), s.getRoom(), s.getCurriculumVersion().getNumber());
    }
  }

  public record AgendaLine(int position, AgendaKind kind, String moduleKey, String title, LocalTime start, LocalTime end, int minutes,
      Long presenterId, String presenter) implements java.io.Serializable {}

  public record SessionDetail(SessionSummary session, String venueAddress, String accessibilityNotes, String changeReason,
      java.util.UUID seriesId, long waitlist, List<AgendaLine> agenda) implements java.io.Serializable {}

  public record RosterLine(long referralId, String name, String courtCaseNumber, EnrollmentStatus status, java.time.Instant joinedAt,
      int rescheduleCount) implements java.io.Serializable {}

  public record Roster(SessionSummary session, List<RosterLine> enrolled, List<RosterLine> waitlist) implements java.io.Serializable {}

  /** Sessions from one date to another (at most 400 days). */
  public List<SessionSummary> between(StaffScope scope, LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new InvalidInputException("to", "Give a range of at most " + MAX_DAYS + " days, 'from' before 'to'.");
    }
    return sessions.between(scope.programId(), from, to).stream().map(SessionSummary::of).toList();
  }

  public SessionDetail get(StaffScope scope, long id, String language) {
    ClassSession s = find(scope, id);
    Map<String, String> titles = curriculum.moduleTitles(s.getCurriculumVersion(), language);
    List<AgendaLine> agenda = new ArrayList<>();
    LocalTime at = s.getStart();
    for (SessionAgendaItem i : s.getAgenda()) {
      LocalTime end = at.plusMinutes(i.getMinutes());
      agenda.add(new AgendaLine(i.getPosition(), i.getKind(), i.getModuleKey(), i.getModuleKey() == null ? null : titles.get(i.getModuleKey()),
          at, end, i.getMinutes(), i.getPresenter() == null ? null : i.getPresenter().getId(),
          i.getPresenter() == null ? null : i.getPresenter().getName()));
      at = end;
    }
    return new SessionDetail(SessionSummary.of(s), s.getVenue().getAddress(), s.getVenue().getAccessibilityNotes(), s.getChangeReason(),
        s.getSeriesId(), sessions.waitlistSize(id), agenda);
  }

  public Roster roster(StaffScope scope, long id) {
    ClassSession s = find(scope, id);
    List<RosterEntry> entries = sessions.rosterEntries(id);
    Map<Long, CaseForEnrollment> people = cases.cases(entries.stream().map(RosterEntry::referralId).toList(), scope);
    List<RosterLine> enrolled = new ArrayList<>();
    List<RosterLine> waitlist = new ArrayList<>();
    for (RosterEntry e : entries) {
      CaseForEnrollment c = people.get(e.referralId());
      RosterLine line = new RosterLine(e.referralId(), c == null ? "" : c.fullName(), c == null ? "" : c.courtCaseNumber(), e.status(),
          e.joinedAt(), e.rescheduleCount());
      (e.status() == EnrollmentStatus.WAITLISTED ? waitlist : enrolled).add(line);
    }
    return new Roster(SessionSummary.of(s), enrolled, waitlist);
  }

  private ClassSession find(StaffScope scope, long id) {
    return sessions.find(scope.programId(), id).orElseThrow(() -> new NotFoundException("No session " + id + "."));
  }
}
