package org.awarehouse.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Rebuilds an organisation's progress projection from its statements, in chunks of their own
 * transactions so that tens of millions of statements need no giant transaction.
 */
@ApplicationScoped
public class ProgressRebuild {
  static final int CHUNK = 2000;

  @Inject ProgressProjection projection;

  /** Returns how many chunks were applied. */
  public int rebuild(UUID organisationId) {
    long after = 0;
    int chunks = 0;
    while (true) {
      long last = projection.rebuildChunk(organisationId, after, CHUNK);
      chunks++;
      if (last < 0) {
        return chunks;
      }
      after = last;
    }
  }
}
