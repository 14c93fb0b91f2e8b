package org.awarehouse.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of "now". Tests and replays can replace it; code never calls Instant.now(). */
@ApplicationScoped
public class ClockProducer {

  // Dependent scope: a normal-scoped Clock would need a proxy of a java.base class.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
