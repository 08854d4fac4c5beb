package org.johnschool.referral.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.johnschool.referral.domain.Finding;

/** A screening finding as a sentence in the reader's language (the pages' message bundle). */
public final class FindingText {

  private FindingText() {}

  public static String of(Finding finding, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.johnschool.i18n.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return new MessageFormat(bundle.getString(finding.messageKey()), locale).format(finding.values().toArray());
    } catch (MissingResourceException e) {
      return finding.rule() + ": " + String.join(", ", finding.values());
    }
  }
}
