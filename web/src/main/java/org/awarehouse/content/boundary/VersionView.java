package org.awarehouse.content.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.content.entity.PackageVersion;

/**
 * One version of a package: its description, status, launchable units and where its files are
 * delivered ({@code contentBase}, relative to the content origin).
 */
public record VersionView(
    UUID packageId, int number, String status, String standard, Map<String, String> titles,
    Map<String, String> descriptions, List<String> languages, Integer durationMinutes, List<String> audience,
    List<String> regulations, String contentBase, List<PackageStructure.Unit> units, List<PackageStructure.Toc> toc,
    long uploadBytes, String uploadSha256, Instant createdAt, Instant publishedAt, Instant retiredAt) {

  static VersionView of(PackageVersion v) {
    PackageStructure structure = PackageStructure.fromJson(v.structure());
    return new VersionView(v.packageId(), v.number(), v.status().name().toLowerCase(Locale.ROOT),
        v.standard().toLowerCase(Locale.ROOT), v.titles(), v.descriptions(), v.languages(), v.durationMinutes(),
        v.audience(), v.regulations(), "/content/" + v.contentKey() + "/", structure.units(), structure.toc(),
        v.uploadBytes(), v.uploadSha256(), v.createdAt(), v.publishedAt(), v.retiredAt());
  }
}
