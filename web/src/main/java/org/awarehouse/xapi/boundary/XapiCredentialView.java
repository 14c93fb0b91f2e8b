package org.awarehouse.xapi.boundary;

import java.time.Instant;
import java.util.UUID;
import org.awarehouse.xapi.entity.XapiCredential;

/** An LRS credential as the API shows it; {@code secret} only in the answer that issues it. */
public record XapiCredentialView(
    UUID id, String name, String key, String secret, boolean read, boolean write, Instant createdAt, Instant revokedAt,
    String endpoint) {

  static XapiCredentialView of(XapiCredential c, String secret, String endpoint) {
    return new XapiCredentialView(c.id(), c.name(), c.apiKey(), secret, c.canRead(), c.canWrite(), c.createdAt(),
        c.revokedAt(), endpoint);
  }
}
