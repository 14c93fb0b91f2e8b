package org.awarehouse.platform.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Stores a small string map (such as a language map) as a JSON object column. */
@Converter
public class StringMapJsonConverter implements AttributeConverter<Map<String, String>, String> {
  /** Looked up once: {@code Json.create…} runs a ServiceLoader search on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();


  @Override
  public String convertToDatabaseColumn(Map<String, String> map) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    new TreeMap<>(map).forEach(json::add);
    return json.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    Map<String, String> map = new TreeMap<>();
    try (var reader = JSON.createReader(new StringReader(column))) {
      JsonObject object = reader.readObject();
      object.forEach((key, value) -> map.put(key, ((JsonString) value).getString()));
    }
    return map;
  }
}
