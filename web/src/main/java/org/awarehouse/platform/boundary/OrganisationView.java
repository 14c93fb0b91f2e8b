package org.awarehouse.platform.boundary;

import java.time.Instant;
import java.util.UUID;
import org.awarehouse.platform.entity.Organisation;

/**
 * An organisation as the API shows it, with its privacy choice and how many learners' names it
 * holds because of it.
 */
public record OrganisationView(
    UUID id, String slug, String name, Instant createdAt, boolean keepLearnerNames, long learnerNamesKept) {

  static OrganisationView of(Organisation o, long learnerNamesKept) {
    return new OrganisationView(o.id(), o.slug(), o.name(), o.createdAt(), o.keepsLearnerNames(), learnerNamesKept);
  }
}
