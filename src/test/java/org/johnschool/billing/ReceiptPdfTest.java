package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.johnschool.billing.application.Cashier.Receipt;
import org.johnschool.billing.application.Cashier.ReceiptDocument;
import org.johnschool.billing.domain.PaymentMethod;
import org.johnschool.billing.infrastructure.ReceiptPdf;
import org.junit.jupiter.api.Test;

/** A receipt prints as a PDF with its number, amount and program; a voided one says so. */
class ReceiptPdfTest {

  private static String text(ReceiptDocument d) throws Exception {
    return text(d, Locale.ENGLISH);
  }

  private static String text(ReceiptDocument d, Locale locale) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReceiptPdf.write(d, ResourceBundle.getBundle("org.johnschool.i18n.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), out);
    return new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
  }

  @Test
  void the_receipt_names_its_number_amount_and_program_and_a_void_says_void() throws Exception {
    Receipt r = new Receipt("DEMO-000042", 7, 9, "125.00", PaymentMethod.CHECK, "1042", "coordinator", LocalDate.of(2026, 11, 23),
        Instant.parse("2026-11-23T10:00:00Z"), "875.00", false);
    String ok = text(new ReceiptDocument(r, "Demo County First Offender Program", "1 Example Plaza", "Jon Doe", "24-CR-1", false, null));
    assertTrue(ok.contains("Receipt DEMO-000042") && ok.contains("$125.00") && ok.contains("Demo County First Offender Program"), ok);
    String voided = text(new ReceiptDocument(r, "Demo County", null, "Jon Doe", "24-CR-1", true, "Check returned"));
    assertTrue(voided.contains("VOID. Check returned"), voided);
  }

  @Test
  void the_method_and_the_date_read_as_words_in_the_language_of_the_page() throws Exception {
    Receipt r = new Receipt("DEMO-000043", 7, 9, "25.00", PaymentMethod.MONEY_ORDER, null, "coordinator", LocalDate.of(2026, 11, 23),
        Instant.parse("2026-11-23T10:00:00Z"), "0.00", false);
    ReceiptDocument d = new ReceiptDocument(r, "Demo County", null, "Jon Doe", "24-CR-1", false, null);
    String english = text(d);
    assertTrue(english.contains("Method: Money order") && english.contains("November 23, 2026"), english);
    assertFalse(english.contains("MONEY_ORDER"), english);
    String spanish = text(d, Locale.forLanguageTag("es"));
    assertTrue(spanish.contains("Giro postal") && spanish.contains("23 de noviembre de 2026") && spanish.contains("Recibo"), spanish);
  }
}
