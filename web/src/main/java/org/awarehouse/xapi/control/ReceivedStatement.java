package org.awarehouse.xapi.control;

import jakarta.json.JsonObject;

/**
 * A statement as a request carried it: parsed, and its exact JSON text where the request body
 * gave it (null otherwise). With the text, the store keeps the statement as received and adds
 * what the LRS sets, instead of writing the whole statement out again.
 */
public record ReceivedStatement(JsonObject json, String text) {

  public static ReceivedStatement withoutText(JsonObject json) {
    return new ReceivedStatement(json, null);
  }
}
