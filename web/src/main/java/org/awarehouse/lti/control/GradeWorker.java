package org.awarehouse.lti.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.platform.control.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the grade outbox on every node: claims the heads of learners' lines, posts them in
 * parallel (each claim is another learner, so order holds), and records the outcome. Network
 * errors, 429 and 5xx are retried with backoff; other refusals are parked with the platform's
 * answer for an admin to fix and retry.
 */
@ApplicationScoped
public class GradeWorker {
  private static final Logger LOG = Logger.getLogger(GradeWorker.class.getName());
  static final int BATCH = 128;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedThreadFactory threads;
  @Inject GradeOutbox outbox;
  @Inject GradeTargets targets;
  @Inject PlatformService platforms;
  @Inject AgsClient ags;

  @Inject
  @ConfigProperty(name = "awarehouse.lti.grades-interval-ms", defaultValue = "1000")
  long intervalMillis;

  /**
   * How many scores a node posts at once. Posting mostly waits on the platform, so this is well
   * above the cores; the server's default executor (a few threads per core) made a 20 ms
   * gradebook the bottleneck at 140 scores per second.
   */
  @Inject
  @ConfigProperty(name = "awarehouse.lti.grades-parallel", defaultValue = "32")
  int parallel;

  private ScheduledFuture<?> task;
  private ExecutorService executor;

  void start(@Observes @Priority(StartupOrder.ANNOUNCE - 1) @Initialized(ApplicationScoped.class) Object start) {
    executor = Executors.newFixedThreadPool(parallel, threads);
    task = scheduler.scheduleWithFixedDelay(this::run, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  void run() {
    try {
      List<GradeOutbox.Claim> claims;
      do {
        claims = outbox.claim(BATCH);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (GradeOutbox.Claim claim : claims) {
          running.add(CompletableFuture.runAsync(() -> deliver(claim), executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
      } while (claims.size() == BATCH); // a full batch: more are waiting, don't sleep
    } catch (RuntimeException e) {
      // the next run tries again; a failing run must not cancel the schedule
      LOG.log(Level.WARNING, "Grade delivery failed; retrying shortly", e);
    }
  }

  void deliver(GradeOutbox.Claim claim) {
    GradeOutbox.Score score = claim.score();
    Optional<Platform> platform = platforms.byId(score.platformId()).filter(Platform::active);
    Optional<GradeTargets.Target> target = targets.find(score.platformId(), score.resourceLinkId(), score.learnerId());
    if (platform.isEmpty() || target.isEmpty()) {
      outbox.parked(claim, "The platform is no longer registered or active, or the learner never launched with grades.");
      return;
    }
    try {
      String lineItem = lineItem(platform.get(), target.get());
      if (lineItem == null) {
        outbox.parked(claim, "The platform offers no line item for this link and does not let us create one.");
        return;
      }
      AgsClient.Answer answer = ags.postScore(platform.get(), lineItem, List.of(GradeTargets.SCORE_SCOPE), target.get().userId(),
          score, claim.scoredAt());
      if (answer.ok()) {
        outbox.delivered(claim.id());
      } else if (answer.status() == 429 || answer.status() >= 500) {
        outbox.failed(claim, "The platform answered " + answer.status());
      } else {
        outbox.parked(claim, "The platform answered " + answer.status() + ": " + ServiceTokens.snippet(answer.body()));
        LOG.warning(() -> "A score for platform " + score.platformId() + " was parked: " + answer.status());
      }
    } catch (ServiceTokens.TokenRefusedException e) {
      if (e.permanent()) {
        outbox.parked(claim, e.getMessage());
      } else {
        outbox.failed(claim, e.getMessage());
      }
    } catch (JsonException | IllegalArgumentException e) {
      outbox.parked(claim, "The platform's answer cannot be read: " + e.getMessage());
    } catch (IOException e) {
      outbox.failed(claim, "The platform could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outbox.failed(claim, "Interrupted while sending");
    }
  }

  /** The launch's own line item, else the one found or made for the link (then kept for its learners). */
  private String lineItem(Platform platform, GradeTargets.Target target) throws IOException, InterruptedException {
    if (target.lineItem() != null) {
      return target.lineItem();
    }
    if (target.lineItems() == null || !target.scopes().contains(GradeTargets.LINEITEM_SCOPE)) {
      return null;
    }
    Optional<String> found = ags.findOrCreate(platform, target.lineItems(), target.resourceLinkId(), "Awarehouse",
        List.of(GradeTargets.LINEITEM_SCOPE));
    found.ifPresent(id -> targets.lineItemFound(platform.id(), target.resourceLinkId(), id));
    return found.orElse(null);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
