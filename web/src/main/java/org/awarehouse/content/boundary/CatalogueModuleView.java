package org.awarehouse.content.boundary;

import java.util.List;
import java.util.Map;
import org.awarehouse.content.entity.CatalogueModule;

/**
 * A module of the catalogue as the API shows it; titles and descriptions are language maps.
 * {@code packageId} is the built-in package that plays it, which its statements' activity ids name;
 * {@code installedAt} when this server installed the module's current version.
 */
public record CatalogueModuleView(
    String id,
    String version,
    String standard,
    Map<String, String> title,
    Map<String, String> description,
    int durationMinutes,
    List<String> audience,
    List<String> languages,
    List<String> regulations,
    java.util.UUID packageId,
    java.time.Instant installedAt) {

  static CatalogueModuleView of(CatalogueModule m) {
    return new CatalogueModuleView(m.slug(), m.version(), m.standard(), m.titles(), m.descriptions(),
        m.durationMinutes(), m.audience(), m.languages(), m.regulations(), m.packageId(),
        m.installedAt());
  }
}
