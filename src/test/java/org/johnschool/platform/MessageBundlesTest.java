package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.johnschool.billing.domain.EntryType;
import org.johnschool.billing.domain.PaymentMethod;
import org.johnschool.identity.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

/** The pages' two languages say the same things: the same keys, and words for every code a page shows. */
class MessageBundlesTest {

  static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (var in = MessageBundlesTest.class.getResourceAsStream("/org/johnschool/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void english_and_spanish_have_the_same_keys() throws Exception {
    for (String name : List.of("messages", "errors")) {
      TreeSet<String> en = new TreeSet<>(bundle(name + ".properties").stringPropertyNames());
      TreeSet<String> es = new TreeSet<>(bundle(name + "_es.properties").stringPropertyNames());
      TreeSet<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(es);
      TreeSet<String> onlyEs = new TreeSet<>(es);
      onlyEs.removeAll(en);
      assertEquals("[] []", onlyEn + " " + onlyEs, name + ": keys in one language only (English, Spanish)");
    }
  }

  @Test
  void no_key_is_written_twice_in_a_bundle() throws Exception {
    for (String name : List.of("messages.properties", "messages_es.properties", "errors.properties", "errors_es.properties")) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      List<String> twice = new ArrayList<>();
      try (var in = MessageBundlesTest.class.getResourceAsStream("/org/johnschool/i18n/" + name)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#") && line.contains("=") && !seen.add(line.substring(0, line.indexOf('=')).strip())) {
            twice.add(line.substring(0, line.indexOf('=')));
          }
        }
      }
      assertTrue(twice.isEmpty(), name + ": a later line silently replaces an earlier one: " + twice);
    }
  }

  @Test
  void the_domain_says_a_refusal_in_english_to_the_api_and_in_spanish_to_a_spanish_page() throws Exception {
    for (String name : List.of("errors.properties", "errors_es.properties")) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        new java.text.MessageFormat(p.getProperty(key)); // every pattern parses
        String unquoted = p.getProperty(key).replace("''", "").replace("'{'", "").replace("'}'", "");
        assertFalse(unquoted.contains("'"), name + " " + key + ": write an apostrophe twice (MessageFormat drops a single one)");
      }
    }
    Phrase tooLong = Phrase.of("input.tooLong", 100, 1234);
    assertEquals("At most 100 characters (this has 1234).", tooLong.english());
    assertEquals("Como máximo 100 caracteres (este tiene 1234).", tooLong.in(java.util.Locale.forLanguageTag("es")));
    assertEquals("Give the referred person's details.", Phrase.of("referral.person.missing").english());
    FieldError error = new FieldError("person", Phrase.of("referral.person.missing"));
    assertEquals("Give the referred person's details.", error.message(), "the API's message is English");
    assertEquals("Indique los datos de la persona remitida.", error.message(java.util.Locale.forLanguageTag("es-MX")));
    assertEquals("Give the referred person's details.", error.message(java.util.Locale.GERMAN), "English where a language has no text");
    // A docket row's problem names the charge, with the check's own phrase inside, both in the reader's language.
    Phrase charge = org.johnschool.referral.application.DocketColumns.describe(
        new FieldError("charges[0].statuteCode", Phrase.of("input.required")));
    assertEquals("Charge 1 — statute code: This field is required.", charge.english());
    assertEquals("Cargo 1 — código legal: Este campo es obligatorio.", charge.in(java.util.Locale.forLanguageTag("es")));
    assertEquals("Not translated yet.", Phrase.text("Not translated yet.").in(java.util.Locale.forLanguageTag("es")));
  }

  @Test
  void every_code_a_page_shows_has_its_words_in_both_languages() throws Exception {
    List<String> keys = new ArrayList<>();
    for (SecurityEvent.Type t : SecurityEvent.Type.values()) {
      keys.add("audit.eventType." + t);
    }
    for (SecurityEvent.Outcome o : SecurityEvent.Outcome.values()) {
      keys.add("audit.outcome." + o);
    }
    for (PaymentMethod m : PaymentMethod.values()) {
      keys.add("fees.method." + m);
      keys.add("fees.describe.PAYMENT." + m);
    }
    for (EntryType t : EntryType.values()) {
      keys.add("fees.type." + t);
    }
    for (String name : List.of("messages.properties", "messages_es.properties")) {
      Properties p = bundle(name);
      List<String> missing = keys.stream().filter(k -> p.getProperty(k) == null).toList();
      assertTrue(missing.isEmpty(), name + " has no words for " + missing);
    }
  }
}
