package org.awarehouse.lti.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awarehouse.platform.control.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Periodic LTI upkeep on every node: drops spent login states and nonces, and rotates the tool's
 * signing key when it is older than the rotation period. Each task is safe to run on many nodes
 * at once (deletes by expiry; rotation under a database lock with an age check).
 */
@ApplicationScoped
public class LtiHousekeeping {
  private static final Logger LOG = Logger.getLogger(LtiHousekeeping.class.getName());
  private static final long INTERVAL_MINUTES = 10;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject LoginService logins;
  @Inject DatabaseNonceStore nonces;
  @Inject ToolKeyService keys;

  @Inject
  @ConfigProperty(name = "awarehouse.lti.key-rotation-days", defaultValue = "90")
  int rotationDays;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(StartupOrder.ANNOUNCE - 1) @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::run, INTERVAL_MINUTES, INTERVAL_MINUTES, TimeUnit.MINUTES);
  }

  void run() {
    try {
      int states = logins.purgeExpired();
      int spent = nonces.purgeExpired();
      if (keys.rotateIfOlderThan(Duration.ofDays(rotationDays))) {
        LOG.info("Rotated the tool signing key: it was older than " + rotationDays + " days");
      }
      LOG.fine(() -> "LTI housekeeping removed " + states + " login states and " + spent + " nonces");
    } catch (RuntimeException e) {
      // the next run tries again; a failing run must not cancel the schedule
      LOG.log(Level.WARNING, "LTI housekeeping failed; retrying in " + INTERVAL_MINUTES + " minutes", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
