package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awarehouse.lti.entity.Platform;

/**
 * The Assignment and Grade Services 2.0 calls: finding or creating a resource link's line item
 * (§3.2) and posting a score to it (§3.4).
 */
@ApplicationScoped
public class AgsClient {
  static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
  static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String SCORE = "application/vnd.ims.lis.v1.score+json";
  static final int MAX_PAGES = 50;
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  static final String CANVAS_SUBMISSION = "https://canvas.instructure.com/lti/submission";

  @Inject ServiceTokens tokens;
  @Inject ToolUrls urls;

  /** The platform's answer to one call; {@code status} 0 means the platform could not be reached. */
  public record Answer(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * The line item of a resource link: the first one the container lists for it (following
   * {@code Link: rel="next"} pages, never a page twice), else a new one.
   */
  public Optional<String> findOrCreate(Platform platform, String lineItems, String resourceLinkId, String label,
      List<String> scopes) throws IOException, InterruptedException {
    Set<String> seen = new HashSet<>();
    String page = withQuery(lineItems, "resource_link_id=" + java.net.URLEncoder.encode(resourceLinkId,
        java.nio.charset.StandardCharsets.UTF_8));
    while (page != null && seen.add(page) && seen.size() <= MAX_PAGES) {
      ServiceCalls.Answer answer = send(platform, scopes, HttpRequest.newBuilder(URI.create(page)).GET()
          .header("Accept", CONTAINER));
      if (answer.status() != 200) {
        return Optional.empty();
      }
      JsonArray items = JSON.createReader(new StringReader(answer.body())).readArray();
      for (JsonValue item : items) {
        JsonObject lineItem = item.asJsonObject();
        if (resourceLinkId.equals(lineItem.getString("resourceLinkId", null))) {
          return Optional.ofNullable(lineItem.getString("id", null));
        }
      }
      page = answer.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::find)
          .map(m -> m.group(1)).findFirst().orElse(null);
    }
    String body = JSON.createObjectBuilder().add("scoreMaximum", 100).add("label", label)
        .add("resourceLinkId", resourceLinkId).add("tag", "awarehouse").build().toString();
    ServiceCalls.Answer created = send(platform, scopes, HttpRequest.newBuilder(URI.create(lineItems))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", LINEITEM).header("Accept", LINEITEM));
    if (created.status() != 200 && created.status() != 201) {
      return Optional.empty();
    }
    return Optional.ofNullable(JSON.createReader(new StringReader(created.body())).readObject().getString("id", null));
  }

  /** Posts a score (§3.4.1) to {@code lineItem}/scores; a 401 refreshes the token once. */
  public Answer postScore(Platform platform, String lineItem, List<String> scopes, String userId,
      GradeOutbox.Score score, Instant scoredAt) throws IOException, InterruptedException {
    var body = JSON.createObjectBuilder()
        .add("userId", userId)
        .add("scoreMaximum", score.scoreMaximum())
        .add("activityProgress", score.activityProgress())
        .add("gradingProgress", score.gradingProgress())
        // §3.4.7: the timestamp orders a user's scores; ms precision, in the order we enqueued them
        .add("timestamp", scoredAt.truncatedTo(ChronoUnit.MILLIS).toString());
    if (score.scoreGiven() != null) {
      body.add("scoreGiven", score.scoreGiven());
    }
    if (isCanvas(platform) && "Completed".equals(score.activityProgress())) {
      // Canvas's submission extension: the gradebook shows a submission, not only a grade
      body.add(CANVAS_SUBMISSION, JSON.createObjectBuilder()
          .add("new_submission", true)
          .add("submission_type", "basic_lti_launch")
          .add("submission_data", urls.launch())
          .add("submitted_at", scoredAt.truncatedTo(ChronoUnit.MILLIS).toString()));
    }
    ServiceCalls.Answer answer = send(platform, scopes, HttpRequest.newBuilder(URI.create(scoresUrl(lineItem)))
        .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).header("Content-Type", SCORE));
    return new Answer(answer.status(), answer.body());
  }

  /**
   * §3.4: the scores endpoint is the line item URL with {@code /scores} appended to its path; a
   * line item URL may carry a query (Moodle's {@code ?type_id=}), which stays after it.
   */
  static String scoresUrl(String lineItem) {
    int query = lineItem.indexOf('?');
    String path = query < 0 ? lineItem : lineItem.substring(0, query);
    String rest = query < 0 ? "" : lineItem.substring(query);
    return path.replaceFirst("/+$", "") + "/scores" + rest;
  }

  /** Canvas's issuer is https://canvas.instructure.com (or its beta and test twins) on every instance. */
  static boolean isCanvas(Platform platform) {
    return platform.issuer().matches("https://canvas(\\.beta|\\.test)?\\.instructure\\.com/?");
  }

  static String withQuery(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private ServiceCalls.Answer send(Platform platform, List<String> scopes, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    request.timeout(Duration.ofSeconds(30));
    ServiceCalls.Answer answer = ServiceCalls.send(request.copy()
        .header("Authorization", "Bearer " + tokens.token(platform, scopes)).build());
    if (answer.status() == 401) {
      // the token expired or was revoked mid-run: one fresh token, one more try
      tokens.forget(platform, scopes);
      answer = ServiceCalls.send(request.header("Authorization", "Bearer " + tokens.token(platform, scopes)).build());
    }
    return answer;
  }
}
