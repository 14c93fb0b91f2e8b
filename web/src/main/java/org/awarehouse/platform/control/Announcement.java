package org.awarehouse.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last step of a start: tells the operator where everything is. The LTI values an LMS admin
 * pastes join this list as the LTI endpoints arrive.
 */
@ApplicationScoped
public class Announcement {
  private static final Logger LOG = Logger.getLogger(Announcement.class.getName());

  @Inject
  @ConfigProperty(name = "awarehouse.public-url")
  String publicUrl;

  void announce(@Observes @Priority(StartupOrder.ANNOUNCE) @Initialized(ApplicationScoped.class) Object start) {
    String base = publicUrl.replaceFirst("/+$", "");
    LOG.info(String.join(System.lineSeparator(),
        "Awarehouse is starting at " + base,
        "  API (Bearer token):  " + base + "/api",
        "  OpenAPI document:    " + base + "/openapi",
        "  Catalogue:           " + base + "/api/catalogue",
        "  Readiness:           http://localhost:9990/health/ready (management interface)",
        "  Metrics:             http://localhost:9990/metrics (Prometheus format)"));
  }
}
