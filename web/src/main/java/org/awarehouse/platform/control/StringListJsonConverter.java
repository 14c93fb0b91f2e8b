package org.awarehouse.platform.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** Stores a short list of strings as a JSON array column. */
@Converter
public class StringListJsonConverter implements AttributeConverter<List<String>, String> {
  /** Looked up once: {@code Json.create…} runs a ServiceLoader search on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();


  @Override
  public String convertToDatabaseColumn(List<String> list) {
    JsonArrayBuilder json = JSON.createArrayBuilder();
    list.forEach(json::add);
    return json.build().toString();
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    try (var reader = JSON.createReader(new StringReader(column))) {
      return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
  }
}
