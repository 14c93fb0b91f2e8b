package org.awarehouse.content.control.importing;

import java.util.List;

/** The {@code urn:awarehouse:module:1} extension of a cmi5 course, which built-in modules carry. */
public record ModuleMetadata(String version, int durationMinutes, List<String> audience, List<String> regulations) {

  public ModuleMetadata {
    audience = List.copyOf(audience);
    regulations = List.copyOf(regulations);
  }
}
