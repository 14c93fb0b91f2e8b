package org.awarehouse.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B is the JSON binding, chosen on purpose: it is the Jakarta EE standard, needs no extra
 * library, and binds records. web.xml stops RESTEasy from switching to Jackson just because a
 * library on the class path carries Jackson annotations. Instants are ISO-8601 UTC; nulls are left
 * out.
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
