package org.awarehouse.content.boundary;

import java.util.List;
import java.util.Map;
import org.awarehouse.content.entity.CatalogueModule;

/** A module of the catalogue as the API shows it; titles and descriptions are language maps. */
public record CatalogueModuleView(
    String id,
    String version,
    String standard,
    Map<String, String> title,
    Map<String, String> description,
    int durationMinutes,
    List<String> audience,
    List<String> languages,
    List<String> regulations) {

  static CatalogueModuleView of(CatalogueModule m) {
    return new CatalogueModuleView(m.slug(), m.version(), m.standard(), m.titles(), m.descriptions(),
        m.durationMinutes(), m.audience(), m.languages(), m.regulations());
  }
}
