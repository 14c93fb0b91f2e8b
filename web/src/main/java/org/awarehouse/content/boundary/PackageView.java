package org.awarehouse.content.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awarehouse.content.control.Packages;

/** A package as the API shows it, with its versions newest first. */
public record PackageView(UUID id, String identifier, Instant createdAt, List<VersionView> versions) {

  static PackageView of(Packages.Listed listed) {
    return new PackageView(listed.pkg().id(), listed.pkg().identifier(), listed.pkg().createdAt(),
        listed.versions().stream().map(VersionView::of).toList());
  }
}
