package org.awarehouse.content.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.awarehouse.platform.control.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes store objects that no version references any more (a deleted draft, an upload whose
 * rows failed), and staging directories that a crashed upload left. An object must also be
 * older than the grace period: an upload running now may have adopted it without its rows yet.
 */
@ApplicationScoped
public class ContentCollector {
  private static final Logger LOG = Logger.getLogger(ContentCollector.class.getName());
  private static final int BATCH = 500;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject ContentStore store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "awarehouse.content.collect-interval-minutes", defaultValue = "60")
  long intervalMinutes;

  @Inject
  @ConfigProperty(name = "awarehouse.content.collect-grace-minutes", defaultValue = "60")
  long graceMinutes;

  void start(@Observes @Priority(StartupOrder.ANNOUNCE - 1) @Initialized(ApplicationScoped.class) Object start) {
    scheduler.scheduleWithFixedDelay(this::run, intervalMinutes, intervalMinutes, TimeUnit.MINUTES);
  }

  void run() {
    try {
      int removed = collect();
      if (removed > 0) {
        LOG.info(() -> "Content store: removed " + removed + " unreferenced file(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Content collection failed; the next run tries again", e);
    }
  }

  /** One pass; returns how many objects it removed. */
  public int collect() {
    Instant before = clock.instant().minus(Duration.ofMinutes(graceMinutes));
    int removed = ObjectSweep.sweep(store.root().resolve("objects"), before, this::referenced, this::removeCopies);
    ObjectSweep.removeStaleStaging(store.stagingRoot(), clock.instant().minus(Duration.ofDays(1)));
    return removed;
  }

  /** Derived copies of an object (the delivery's gzip cache) go with it. */
  private void removeCopies(String sha256) {
    try {
      Files.deleteIfExists(store.root().resolve("gzip").resolve(sha256.substring(0, 2)).resolve(sha256 + ".gz"));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot remove the compressed copy of " + sha256, e);
    }
  }

  private Set<String> referenced(List<String> candidates) {
    Set<String> found = new HashSet<>();
    for (int from = 0; from < candidates.size(); from += BATCH) {
      List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
      String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
      try (Connection c = dataSource.getConnection();
          PreparedStatement select = c.prepareStatement(
              "select distinct sha256 from package_file where sha256 in (" + marks + ")")) {
        for (int i = 0; i < batch.size(); i++) {
          select.setString(i + 1, batch.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read which store objects are referenced", e);
      }
    }
    return found;
  }
}
