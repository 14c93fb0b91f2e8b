package org.awarehouse.runtime.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.runtime.control.AttemptTokens;
import org.awarehouse.runtime.control.Attempts;
import org.awarehouse.runtime.control.UnitOutcome;

/**
 * The runtime adapter's calls, on the content origin. Every call carries the attempt token: as a
 * Bearer token, or (for the {@code sendBeacon} a closing window makes, which cannot set headers)
 * in the body's {@code token} field.
 */
@Path("/runtime")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeResource {
  private static final String BEARER = "Bearer ";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject Attempts attempts;
  @Inject AttemptTokens tokens;

  /** The body of POST /runtime/sessions. */
  public record SessionRequest(String unit) {}

  /** The body of POST /runtime/commits. */
  public record CommitRequest(String token, String unit, Integer session, Integer sequence, String reason,
      Boolean terminated, Map<String, String> data) {}

  public record CommitAnswer(int sequence, UnitOutcome unit, UnitOutcome pkg) {}

  @POST
  @Path("/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Attempts.Session open(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SessionRequest body) {
    return attempts.open(tokens.read(bearer(authorization)), body == null ? null : body.unit());
  }

  /** JSON, also when a beacon sends it as text/plain (the type a beacon may send without a preflight). */
  @POST
  @Path("/commits")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  public CommitAnswer commit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
    CommitRequest request = parse(body);
    String token = authorization != null ? bearer(authorization) : request.token();
    if (request.unit() == null || request.session() == null || request.sequence() == null) {
      throw new InvalidInputException("unit", "a commit names its unit, session and sequence");
    }
    Attempts.Committed committed = attempts.commit(tokens.read(token), new Attempts.Commit(request.unit(),
        request.session(), request.sequence(), Boolean.TRUE.equals(request.terminated()), request.data()));
    return new CommitAnswer(committed.sequence(), committed.unit(), committed.pkg());
  }

  private static CommitRequest parse(String body) {
    try {
      CommitRequest request = body == null || body.isBlank() ? null : JSONB.fromJson(body, CommitRequest.class);
      if (request == null) {
        throw new InvalidInputException("body", "must be a JSON object with unit, session, sequence and data");
      }
      return request;
    } catch (JsonbException e) {
      throw new InvalidInputException("body", "is not a commit: " + e.getMessage());
    }
  }

  private static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return authorization.substring(BEARER.length()).strip();
  }
}
