package org.johnschool.referral.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Screening findings stored as a JSON array in one column ({@code referral.screening_findings}):
 * {@code [{"rule":"ADULT","met":true,"why":"met","values":["47","18"]}, …]}.
 */
@Converter
public class FindingsConverter implements AttributeConverter<List<Finding>, String> {

  /** Looked up once: Json.createXxx() searches for the provider on every call, which is slow. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(List<Finding> findings) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    if (findings != null) {
      findings.forEach(f -> {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        f.values().forEach(values::add);
        array.add(JSON.createObjectBuilder().add("rule", f.rule().name()).add("met", f.met()).add("why", f.explanation())
            .add("values", values));
      });
    }
    return array.build().toString();
  }

  @Override
  public List<Finding> convertToEntityAttribute(String json) {
    List<Finding> findings = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return findings;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      for (JsonObject o : array.getValuesAs(JsonObject.class)) {
        findings.add(new Finding(EligibilityRule.valueOf(o.getString("rule")), o.getBoolean("met"), o.getString("why"),
            o.getJsonArray("values").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
      }
    }
    return findings;
  }
}
