package org.awarehouse.runtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.content.control.Packages;
import org.awarehouse.content.control.Playable;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.TokenSecrets;
import org.awarehouse.runtime.entity.Attempt;
import org.awarehouse.runtime.entity.Cmi5Session;
import org.awarehouse.runtime.entity.UnitState;
import org.awarehouse.xapi.control.LaunchSessions;
import org.awarehouse.xapi.control.StatementService;
import org.awarehouse.xapi.control.XapiCredentials;

/**
 * The LRS side of a cmi5 session: its auth-token authenticates a caller bound to the session
 * (cmi5 section 8.2), and what the AU sends passes the rules of section 9 before it is stored.
 * Accepted cmi5 defined statements move the AU's outcome in runtime_unit_state, so the player's
 * contents and the rollup follow, and may satisfy blocks and the course (section 9.3.9).
 */
@ApplicationScoped
public class Cmi5Sessions implements LaunchSessions {

  @PersistenceContext EntityManager em;
  @Inject Packages packages;
  @Inject ToolUrls toolUrls;
  @Inject Cmi5Progress progress;
  @Inject StatementService xapi;
  @Inject Clock clock;

  @Override
  public Optional<XapiCredentials.Authenticated> authenticate(String key, String secret) {
    UUID id;
    try {
      id = UUID.fromString(key.substring(KEY_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Cmi5Session session = em.find(Cmi5Session.class, id);
    // 8.2.1: the token "MUST be limited to the duration of the session"; 9.3.6: after Abandoned no
    // more statements. A terminated session's token still reads; its statements are refused by the rules.
    if (session == null || session.tokenSha256() == null || session.abandonedAt() != null
        || !clock.instant().isBefore(session.expiresAt())
        || !MessageDigest.isEqual(TokenSecrets.sha256(secret).getBytes(StandardCharsets.US_ASCII),
            session.tokenSha256().getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    XapiCredentials.SessionScope scope = new XapiCredentials.SessionScope(session.id(),
        Cmi5Statements.actor(toolUrls.base(), session.learnerId()), session.registration(), session.activityId());
    return Optional.of(new XapiCredentials.Authenticated(session.id(), session.organisationId(), "cmi5 session", key,
        true, true, scope));
  }

  @Override
  @Transactional
  public List<UUID> store(XapiCredentials.SessionScope scope, List<JsonObject> statements,
      Function<List<JsonObject>, List<UUID>> storer) {
    // the attempt and the session locked by the transaction's first read, so that every later
    // read sees what the attempt's previous request committed
    Attempt attempt = em.createQuery("select a from Attempt a, Cmi5Session s where s.id = :id and a.id = s.attemptId",
            Attempt.class)
        .setParameter("id", scope.sessionId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    Cmi5Session session = em.find(Cmi5Session.class, scope.sessionId(), LockModeType.PESSIMISTIC_WRITE);
    if (session.abandonedAt() != null) {
      throw Cmi5StatementRejectedException.forbidden("9.3.6", "The session was abandoned; launch the AU again");
    }
    Playable playable = packages.playing(attempt.versionId());
    PackageStructure.Unit unit = playable.structure().unit(session.unitId()).orElseThrow();
    UnitState state = em.find(UnitState.class, new UnitState.Key(attempt.id(), unit.id()), LockModeType.PESSIMISTIC_WRITE);
    Cmi5Rules.Facts facts = new Cmi5Rules.Facts(scope.actor(), session.registration(), session.activityId(),
        session.id(), unit.masteryScore(), session.initialized(), session.completed(), session.judged(),
        session.terminatedAt() != null, state.completionStatus().equals("completed"),
        state.successStatus().equals("passed"));
    Judged judged = judge(facts, new UnitOutcome(state.completionStatus(), state.successStatus(), state.scoreScaled()),
        statements);
    facts = judged.facts();
    UnitOutcome outcome = judged.outcome();
    // a preview's statements are checked and answered as usual, but stay out of the store, so that
    // no report, projection or gradebook counts an author's or instructor's try
    List<UUID> ids = attempt.preview() ? xapi.acknowledged(statements) : storer.apply(statements);
    Instant now = clock.instant();
    session.said(facts.initialized(), facts.completed(), facts.judged(), facts.terminated(), now);
    state.record(state.lastSequence(), state.cmi(), outcome.completion(), outcome.success(), outcome.scoreScaled(), now);
    if (facts.terminated() && state.sessionOpen()) {
      state.closeSession(judged.sessionSeconds());
    }
    progress.update(attempt, playable, unit, session.id(), now);
    attempt.touched(now);
    return ids;
  }

  /** The session's facts and the AU's outcome after the statements, and a terminated session's length. */
  record Judged(Cmi5Rules.Facts facts, UnitOutcome outcome, double sessionSeconds) {}

  /** Checks the statements in order (a batch is all or nothing); the first rejected one names its place. */
  static Judged judge(Cmi5Rules.Facts facts, UnitOutcome outcome, List<JsonObject> statements) {
    double sessionSeconds = 0;
    for (int i = 0; i < statements.size(); i++) {
      Cmi5Rules.Said said;
      try {
        said = Cmi5Rules.check(facts, statements.get(i));
      } catch (Cmi5StatementRejectedException e) {
        throw statements.size() == 1 ? e : e.inBatch(i);
      }
      facts = facts.after(said);
      outcome = Cmi5Outcomes.after(outcome, said);
      if (said.verb() == Cmi5Rules.Verb.TERMINATED && said.durationSeconds() != null) {
        sessionSeconds = said.durationSeconds();
      }
    }
    return new Judged(facts, outcome, sessionSeconds);
  }
}
