package org.johnschool.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.Referrals;
import org.junit.jupiter.api.Test;

/** The case page's parts each check the case they show; within one request the database is asked once per case. */
class VisibleCasesTest {

  private final List<String> asked = new ArrayList<>();

  /** A coordinator's program holds cases 1 and 2; a clerk of court 20 sees only case 1. */
  private Referrals referrals() {
    return (Referrals) Proxy.newProxyInstance(Referrals.class.getClassLoader(), new Class<?>[] {Referrals.class}, (proxy, method, args) -> {
      if (!method.getName().equals("isVisible")) {
        throw new UnsupportedOperationException(method.getName());
      }
      long id = (Long) args[0];
      StaffScope scope = (StaffScope) args[1];
      asked.add(scope.username() + ":" + id);
      return scope.isClerk() ? id == 1 : Set.of(1L, 2L).contains(id);
    });
  }

  private CaseEnrollment enrollment() {
    CaseEnrollment e = new CaseEnrollment();
    e.referrals = referrals();
    e.visibleCases = new VisibleCases();
    return e;
  }

  @Test
  void seven_checks_of_one_case_in_a_request_ask_the_database_once() {
    CaseEnrollment e = enrollment();
    StaffScope coordinator = new StaffScope("coord", 7, 100, Role.COORDINATOR, null);
    for (int part = 0; part < 7; part++) {
      e.requireVisible(1, coordinator);
    }
    e.requireVisible(2, coordinator);
    assertEquals(List.of("coord:1", "coord:2"), asked);
  }

  @Test
  void a_case_out_of_sight_is_refused_every_time_and_one_callers_answer_is_not_anothers() {
    CaseEnrollment e = enrollment();
    StaffScope clerk = new StaffScope("clerk", 8, 100, Role.CLERK, 20L);
    assertThrows(NotFoundException.class, () -> e.requireVisible(2, clerk));
    assertThrows(NotFoundException.class, () -> e.requireVisible(2, clerk));
    e.requireVisible(2, new StaffScope("coord", 7, 100, Role.COORDINATOR, null));
    e.requireVisible(1, clerk);
    assertEquals(List.of("clerk:2", "clerk:2", "coord:2", "clerk:1"), asked);
  }
}
