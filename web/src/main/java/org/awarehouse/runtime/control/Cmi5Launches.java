package org.awarehouse.runtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awarehouse.content.control.ContentUrls;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.content.control.Playable;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.TokenSecrets;
import org.awarehouse.runtime.entity.Attempt;
import org.awarehouse.runtime.entity.Cmi5Session;
import org.awarehouse.runtime.entity.UnitState;
import org.awarehouse.xapi.control.DocumentStore;
import org.awarehouse.xapi.control.LaunchSessions;
import org.awarehouse.xapi.control.XapiKeys;

/**
 * Launching a cmi5 AU (cmi5 section 8): a new session, the LMS.LaunchData State document and the
 * launched statement before the launch (sections 10 and 9.3.1), the launch URL, and the one-time
 * fetch URL that hands the AU its session's auth-token (section 8.2). A launch abandons the
 * attempt's sessions that never terminated (section 9.3.6).
 */
@ApplicationScoped
public class Cmi5Launches {
  /** How long an unused fetch URL and a session's auth-token live: a working day, like the player's token. */
  static final Duration TTL = Duration.ofHours(8);
  private static final JsonProvider JSON = JsonProvider.provider();
  /** The agent profile of learner preferences (cmi5 section 11). */
  static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

  @PersistenceContext EntityManager em;
  @Inject DocumentStore documents;
  @Inject ContentUrls contentUrls;
  @Inject ToolUrls toolUrls;
  @Inject Cmi5Progress progress;
  @Inject Clock clock;

  /** The answer of the fetch URL (section 8.2): the auth-token, or an error code and text (8.2.3). */
  public record Fetched(String authToken, String errorCode, String errorText) {}

  /** Launches an AU of the (locked) attempt; {@code language} is the launch's locale, or null. */
  Attempts.Session launch(Attempt attempt, Playable playable, PackageStructure.Unit unit, String language) {
    Instant now = clock.instant();
    List<JsonObject> made = new ArrayList<>(abandonOpenSessions(attempt, playable, now));
    UnitState state = em.find(UnitState.class, new UnitState.Key(attempt.id(), unit.id()), LockModeType.PESSIMISTIC_WRITE);
    if (state == null) {
      state = new UnitState(attempt.id(), unit.id(), now);
      em.persist(state);
    }
    int number = state.openSession(now);
    ScormStatements.Subject subject = progress.subject(attempt, playable, unit);
    String fetchKey = TokenSecrets.random256();
    Cmi5Session session = new Cmi5Session(new Cmi5Session.Launch(attempt.id(), unit.id(), attempt.organisationId(),
        attempt.learnerId(), attempt.registration(), subject.unitActivity()), TokenSecrets.sha256(fetchKey), now,
        now.plus(TTL));
    em.persist(session);
    JsonObject actor = Cmi5Statements.actor(toolUrls.base(), attempt.learnerId());
    // section 10: "Prior to launching an AU, the LMS MUST create or update" LMS.LaunchData for the
    // AU's activityId, the launch's actor and registration
    documents.put(attempt.organisationId(), new DocumentStore.Scope(DocumentStore.Kind.STATE, subject.unitActivity(),
            XapiKeys.identifier(actor).orElseThrow(), actor.toString()), attempt.registration(), Cmi5Launch.LAUNCH_DATA,
        "application/json", Cmi5Launch.launchData(session.id(), unit).toString().getBytes(StandardCharsets.UTF_8),
        new DocumentStore.Conditions(null, null));
    learnerPreferences(attempt.organisationId(), actor, language);
    String auUrl = Attempts.launchUrl(contentUrls, playable, unit);
    // 9.3.1: "The LMS MUST use this verb in a statement recorded in the LRS before launching an AU"
    made.add(Cmi5Statements.launched(subject, session.id(), unit, auUrl));
    progress.record(attempt, made);
    // 9.6.1: moveOn is evaluated from the start, so NotApplicable AUs satisfy their blocks at once
    progress.update(attempt, playable, unit, session.id(), now);
    attempt.touched(now);
    String url = Cmi5Launch.url(auUrl, new Cmi5Launch.Parameters(toolUrls.base() + "/xapi/",
        toolUrls.base() + "/runtime/cmi5/fetch?k=" + fetchKey, actor, attempt.registration(), subject.unitActivity()));
    return new Attempts.Session(unit.id(), "cmi5", number, Map.of(), url,
        unit.launchMethod() == null ? "AnyWindow" : unit.launchMethod());
  }

  /**
   * Section 11: the learner's language, from the LMS's launch, in the {@code cmi5LearnerPreferences}
   * agent profile that AUs read. Other preferences in it stay as they are.
   */
  private void learnerPreferences(UUID organisationId, JsonObject actor, String locale) {
    String language = Cmi5Launch.languageTag(locale);
    if (language == null) {
      return;
    }
    DocumentStore.Scope scope = new DocumentStore.Scope(DocumentStore.Kind.AGENT_PROFILE, null,
        XapiKeys.identifier(actor).orElseThrow(), actor.toString());
    Optional<DocumentStore.Document> existing = documents.get(organisationId, scope, null, LEARNER_PREFERENCES);
    JsonObject preferences = existing.flatMap(d -> Cmi5Launch.jsonObject(d.content())).orElse(JsonValue.EMPTY_JSON_OBJECT);
    if (language.equals(preferences.getString("languagePreference", null))) {
      return;
    }
    byte[] content = JSON.createObjectBuilder(preferences).add("languagePreference", language).build()
        .toString().getBytes(StandardCharsets.UTF_8);
    documents.put(organisationId, scope, null, LEARNER_PREFERENCES, "application/json", content,
        existing.map(d -> new DocumentStore.Conditions(d.etag(), null)).orElse(new DocumentStore.Conditions(null, "*")));
  }

  /**
   * 9.3.6: without a Terminated statement the LMS determines an abnormal end from a new request for
   * the registration, records Abandoned, and "MUST NOT allow any additional statements" in it.
   */
  private List<JsonObject> abandonOpenSessions(Attempt attempt, Playable playable, Instant now) {
    List<JsonObject> made = new ArrayList<>();
    for (Cmi5Session open : em.createQuery("select s from Cmi5Session s where s.attemptId = :a "
            + "and s.terminatedAt is null and s.abandonedAt is null", Cmi5Session.class)
        .setParameter("a", attempt.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
      open.abandoned(now);
      PackageStructure.Unit unit = playable.structure().unit(open.unitId()).orElse(null);
      if (unit == null) {
        continue;
      }
      // 9.5.4.2: the duration from the launch to the AU's last statement
      Instant last = open.lastStatementAt() == null ? open.launchedAt() : open.lastStatementAt();
      double seconds = Duration.between(open.launchedAt(), last).toMillis() / 1000.0;
      made.add(Cmi5Statements.abandoned(progress.subject(attempt, playable, unit), open.id(), unit, seconds));
      UnitState state = em.find(UnitState.class, new UnitState.Key(attempt.id(), unit.id()));
      if (state != null && state.sessionOpen()) {
        state.closeSession(seconds);
      }
    }
    return made;
  }

  /** 8.2: the first POST to the fetch URL gets the session's auth-token; any later one an error. */
  @Transactional
  public Fetched fetch(String key) {
    Cmi5Session session = key == null || key.isBlank() ? null : em.createQuery(
            "select s from Cmi5Session s where s.fetchSha256 = :h", Cmi5Session.class)
        .setParameter("h", TokenSecrets.sha256(key)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst().orElse(null);
    if (session == null) {
      return new Fetched(null, "2", "This fetch URL was not issued by this LMS.");
    }
    Instant now = clock.instant();
    if (session.fetchedAt() != null) {
      return new Fetched(null, "1", "The authorization token has already been returned.");
    }
    if (!session.open() || !now.isBefore(session.expiresAt())) {
      return new Fetched(null, "1", "The AU session has ended or expired; launch the AU again.");
    }
    String secret = TokenSecrets.random256();
    session.fetched(TokenSecrets.sha256(secret), now);
    // 8.2.1: the AU sends the token "as defined in RFC 1945 - 11.1 Basic Authentication Scheme",
    // so it is the base64 of key:secret, which the LRS's Basic authentication reads
    String pair = LaunchSessions.KEY_PREFIX + session.id() + ":" + secret;
    return new Fetched(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), null, null);
  }
}
