package org.awarehouse.content.control;

import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.entity.PackageVersion;

/** A package version as the player needs it, without the entity. */
public record Playable(UUID packageId, UUID versionId, int number, String standard, String contentKey,
    Map<String, String> titles, PackageStructure structure) {

  static Playable of(PackageVersion v) {
    return new Playable(v.packageId(), v.id(), v.number(), v.standard(), v.contentKey(), v.titles(),
        PackageStructure.fromJson(v.structure()));
  }

  /** The title in {@code language}, else any the package has. */
  public String title(String language) {
    return titles.getOrDefault(language, titles.values().stream().findFirst().orElse(""));
  }

  public boolean isCmi5() {
    return "CMI5".equals(standard);
  }
}
