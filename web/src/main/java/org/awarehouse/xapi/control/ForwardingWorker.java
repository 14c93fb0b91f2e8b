package org.awarehouse.xapi.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awarehouse.platform.control.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the forwarding outbox on every node: claims due entries, POSTs their statements to the
 * external LRS, and records the outcome. Network errors, 429 and 5xx are retried with backoff;
 * any other refusal parks the entry with the LRS's answer, for an admin to fix and retry.
 */
@ApplicationScoped
public class ForwardingWorker {
  private static final Logger LOG = Logger.getLogger(ForwardingWorker.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Forwarding forwarding;
  @Inject StatementStore statements;
  @Inject AttachmentStore attachments;

  @Inject
  @ConfigProperty(name = "awarehouse.xapi.forwarding-interval-ms", defaultValue = "2000")
  long intervalMillis;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(StartupOrder.ANNOUNCE - 1) @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::run, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  void run() {
    try {
      List<Forwarding.Claim> claims = forwarding.claim(10);
      for (Forwarding.Claim claim : claims) {
        deliver(claim);
      }
    } catch (RuntimeException e) {
      // the next run tries again; a failing run must not cancel the schedule
      LOG.log(Level.WARNING, "Statement forwarding failed; retrying shortly", e);
    }
  }

  private void deliver(Forwarding.Claim claim) {
    try {
      HttpResponse<String> answer = HTTP.send(request(claim).uri(URI.create(claim.endpoint() + "statements"))
          .timeout(Duration.ofSeconds(30))
          .header("Authorization", claim.authorization())
          .header("X-Experience-API-Version", "1.0.3")
          .build(), HttpResponse.BodyHandlers.ofString());
      int status = answer.statusCode();
      if (status == 200 || status == 204) {
        forwarding.delivered(claim.id());
      } else if (status == 429 || status >= 500) {
        forwarding.failed(claim, "The LRS answered " + status);
      } else {
        String body = answer.body() == null ? "" : answer.body();
        forwarding.parked(claim, "The LRS answered " + status + ": " + body.substring(0, Math.min(500, body.length())));
        LOG.warning(() -> "Forwarding of organisation " + claim.organisationId() + " parked: the LRS answered " + status);
      }
    } catch (IOException e) {
      forwarding.failed(claim, "The LRS could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      forwarding.failed(claim, "Interrupted while sending");
    }
  }

  /**
   * The batch as application/json, or with the attachment data received for it as multipart/mixed:
   * Communication §1.5.2.s3.b3, "An LRS MUST NOT push Statements into another LRS without
   * including Attachment data received, if any, for those Attachments".
   */
  private HttpRequest.Builder request(Forwarding.Claim claim) throws IOException {
    List<JsonObject> batch = statements.bySeqs(claim.seqs());
    JsonArrayBuilder json = JSON.createArrayBuilder();
    batch.forEach(json::add);
    List<StoredAttachment> data = attachments.referencedBy(claim.organisationId(), batch);
    if (data.isEmpty()) {
      return HttpRequest.newBuilder().header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.build().toString()));
    }
    AttachmentTransmission body = new AttachmentTransmission(json.build().toString(), data,
        attachment -> attachments.content(attachment.organisationId(), attachment.sha2()).orElseThrow());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.write(bytes);
    return HttpRequest.newBuilder().header("Content-Type", body.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray()));
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
