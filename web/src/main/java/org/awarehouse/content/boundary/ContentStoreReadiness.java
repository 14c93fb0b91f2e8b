package org.awarehouse.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.awarehouse.content.control.ContentStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the content store volume is mounted and writable. */
@Readiness
@ApplicationScoped
public class ContentStoreReadiness implements HealthCheck {

  @Inject ContentStore store;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("content-store").status(store.isWritable()).build();
  }
}
