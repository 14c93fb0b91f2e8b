package org.awarehouse.platform.boundary;

import java.time.Instant;
import java.util.UUID;
import org.awarehouse.platform.entity.Organisation;

/** An organisation as the API shows it. */
public record OrganisationView(UUID id, String slug, String name, Instant createdAt) {

  static OrganisationView of(Organisation o) {
    return new OrganisationView(o.id(), o.slug(), o.name(), o.createdAt());
  }
}
