package org.johnschool.support;

import java.time.LocalDate;
import java.util.UUID;

/** Referral bodies as a court system would send them, each with a fresh court case number. */
public final class Referrals {

  private Referrals() {}

  public static String uniqueCaseNumber() {
    return "CR-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
  }

  public static String json(String court, String caseNumber, String lastName, String statute) {
    LocalDate today = LocalDate.now();
    return """
        {"court":"%s","courtCaseNumber":"%s","trackingNumber":"T-88231",
         "arrestDate":"%s","arrestingAgency":"SFPD","referralDate":"%s",
         "deadline":"%s","nextCourtDate":"%s",
         "person":{"firstName":"Jon","lastName":"%s","dateOfBirth":"1980-02-03","sex":"M",
                   "stateId":null,"fbiNumber":null,"preferredLanguage":"en"},
         "charges":[{"statuteCode":"%s","description":"Solicitation"}]}
        """.formatted(court, caseNumber, today.minusDays(10), today.minusDays(5), today.plusDays(90), today.plusDays(95), lastName, statute);
  }

  /** A last name no other test uses (letters only: 12 random letters). */
  public static String uniqueLastName() {
    StringBuilder b = new StringBuilder("Doe");
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 12; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** An eligible referral whose court deadline is the given date (referred 30 days before it). */
  public static String eligibleWithDeadline(String court, LocalDate deadline) {
    String body = json(court, uniqueCaseNumber(), uniqueLastName(), "647(b)");
    LocalDate today = LocalDate.now();
    return body.replace("\"deadline\":\"" + today.plusDays(90) + "\"", "\"deadline\":\"" + deadline + "\"")
        .replace("\"referralDate\":\"" + today.minusDays(5) + "\"", "\"referralDate\":\"" + deadline.minusDays(30) + "\"")
        .replace("\"arrestDate\":\"" + today.minusDays(10) + "\"", "\"arrestDate\":\"" + deadline.minusDays(40) + "\"");
  }

  public static String eligible(String court) {
    return json(court, uniqueCaseNumber(), uniqueLastName(), "647(b)");
  }
}
