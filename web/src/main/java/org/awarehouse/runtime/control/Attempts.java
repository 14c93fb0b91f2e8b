package org.awarehouse.runtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.ContentUrls;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.content.control.Packages;
import org.awarehouse.content.control.Playable;
import org.awarehouse.lti.control.GradeOutbox;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.runtime.entity.Attempt;
import org.awarehouse.runtime.entity.UnitState;
import org.awarehouse.xapi.control.StatementService;

/**
 * Attempts and their sessions. A launch continues the learner's attempt at the package (an
 * unfinished attempt stays on its version; a finished one makes way for a new attempt when a
 * newer version is published); each unit's session starts from what the last one left, and each
 * commit stores the content's data and the statements it means in one transaction.
 */
@ApplicationScoped
public class Attempts {

  @PersistenceContext EntityManager em;
  @Inject Packages packages;
  @Inject StatementService statements;
  @Inject AttemptTokens tokens;
  @Inject ContentUrls contentUrls;
  @Inject ToolUrls toolUrls;
  @Inject Clock clock;
  @Inject Cmi5Launches cmi5;
  @Inject GradeOutbox grades;

  /** Who launches, from where, in which language (the launch's locale, or null). */
  public record Launcher(UUID organisationId, String learnerId, UUID platformId, String contextId,
      String resourceLinkId, String language) {}

  /**
   * An attempt ready to play: its token for the adapter, what it plays, how far each unit is, and
   * whether it is a preview, which makes no statements.
   */
  public record Started(UUID attemptId, String token, Playable playable, Map<String, String> unitCompletion,
      boolean preview) {}

  /**
   * The start of a unit's session, as the adapter needs it. {@code version} is the SCORM API to
   * offer ("1.2", "2004") or "cmi5", which needs none; {@code launchMethod} is a cmi5 AU's
   * (AnyWindow or OwnWindow), null for SCORM.
   */
  public record Session(String unitId, String version, int session, Map<String, String> initial, String launchUrl,
      String launchMethod) {}

  /** A commit from the adapter; {@code data} holds the elements changed since the last acknowledged one. */
  public record Commit(String unitId, int session, int sequence, boolean terminated, Map<String, String> data) {}

  /** What a commit left: the unit's and the package's outcome. */
  public record Committed(int sequence, UnitOutcome unit, UnitOutcome pkg) {}

  @Transactional
  public Started start(Launcher launcher, UUID packageId, Integer pinnedVersion) {
    return start(launcher, launchable(launcher, packageId, pinnedVersion), false);
  }

  /**
   * Staff try a module from their course: the version a learner would play, in a preview attempt
   * of their own, so it reaches neither reports nor gradebooks.
   */
  @Transactional
  public Started tryOut(Launcher staff, UUID packageId) {
    return start(staff, launchable(staff, packageId, null), true);
  }

  private Playable launchable(Launcher launcher, UUID packageId, Integer pinnedVersion) {
    return packages.launchable(launcher.organisationId(), packageId, pinnedVersion)
        .orElseThrow(() -> new NothingToPlayException(packageId));
  }

  /**
   * An author plays any version, a draft too, as a learner would; the attempt makes no statements
   * and so never reaches reports or gradebooks.
   */
  @Transactional
  public Started preview(Launcher author, UUID packageId, int number) {
    return start(author, packages.preview(author.organisationId(), packageId, number), true);
  }

  private Started start(Launcher launcher, Playable latest, boolean preview) {
    // a preview continues only a preview, and a real launch only a real attempt
    Attempt attempt = em.createQuery("select a from Attempt a where a.organisationId = :org and a.learnerId = :learner"
            + " and a.packageId = :pkg and a.preview = :preview order by a.startedAt desc", Attempt.class)
        .setParameter("org", launcher.organisationId()).setParameter("learner", launcher.learnerId())
        .setParameter("pkg", latest.packageId()).setParameter("preview", preview)
        .setMaxResults(1).getResultStream().findFirst()
        .filter(a -> a.versionId().equals(latest.versionId()) || a.completedAt() == null && !preview)
        .orElse(null);
    if (attempt == null) {
      attempt = new Attempt(launcher.organisationId(), launcher.learnerId(), latest.packageId(), latest.versionId(),
          launcher.platformId(), launcher.contextId(), launcher.resourceLinkId(), preview, clock.instant());
      em.persist(attempt);
    }
    Playable playable = attempt.versionId().equals(latest.versionId()) ? latest : packages.playing(attempt.versionId());
    String token = tokens.issue(new AttemptTokens.AttemptGrant(launcher.organisationId(), attempt.id(),
        launcher.learnerId(), launcher.language()));
    Map<String, String> completion = new java.util.TreeMap<>();
    for (UnitState state : unitStates(attempt.id())) {
      completion.put(state.unitId(), state.completionStatus());
    }
    return new Started(attempt.id(), token, playable, completion, attempt.preview());
  }

  /** Opens a session of one unit (the first unit when {@code unitId} is null). */
  @Transactional
  public Session open(AttemptTokens.AttemptGrant grant, String unitId) {
    Attempt attempt = attempt(grant);
    Playable playable = packages.playing(attempt.versionId());
    PackageStructure.Unit unit = unitId == null ? playable.structure().units().get(0)
        : playable.structure().unit(unitId).orElseThrow(() -> new UnknownUnitException(unitId));
    if (playable.isCmi5()) {
      return cmi5.launch(attempt, playable, unit, grant.language());
    }
    ScormVersion version = ScormVersion.of(playable.standard());
    Instant now = clock.instant();
    UnitState state = em.find(UnitState.class, new UnitState.Key(attempt.id(), unit.id()), LockModeType.PESSIMISTIC_WRITE);
    if (state == null) {
      state = new UnitState(attempt.id(), unit.id(), now);
      em.persist(state);
    }
    boolean resume = "suspend".equals(state.cmi().get(version.exit()));
    int session = state.openSession(now);
    Map<String, String> carried = InitialData.carried(state.cmi());
    state.record(0, carried, state.completionStatus(), state.successStatus(), state.scoreScaled(), now);
    String entry = session == 1 ? "ab-initio" : resume ? "resume" : "";
    ScormStatements.Subject subject = subject(attempt, playable, unit);
    List<JsonObject> made = new ArrayList<>();
    made.add(ScormStatements.onUnit(subject, resume ? "resumed" : "initialized", null));
    if ("asset".equalsIgnoreCase(unit.type()) && !"completed".equals(state.completionStatus())) {
      // an asset cannot talk to the API; SCORM counts it as done once it is launched
      state.record(0, carried, "completed", state.successStatus(), null, now);
      made.add(ScormStatements.onUnit(subject, "completed", null));
      made.addAll(rollup(attempt, playable, subject, now));
    }
    record(attempt, made);
    attempt.touched(now);
    return new Session(unit.id(), version.adapterName(), session,
        InitialData.build(version, carried, unit, attempt.learnerId(), entry, state.totalSeconds()),
        launchUrl(contentUrls, playable, unit), null);
  }

  @Transactional
  public Committed commit(AttemptTokens.AttemptGrant grant, Commit commit) {
    Attempt attempt = attempt(grant);
    Playable playable = packages.playing(attempt.versionId());
    PackageStructure.Unit unit = playable.structure().unit(commit.unitId())
        .orElseThrow(() -> new UnknownUnitException(commit.unitId()));
    UnitState state = em.find(UnitState.class, new UnitState.Key(attempt.id(), unit.id()), LockModeType.PESSIMISTIC_WRITE);
    if (state == null || commit.session() != state.sessions() || !state.sessionOpen()) {
      throw new StaleSessionException(unit.id());
    }
    if (commit.sequence() <= state.lastSequence()) {
      // a resend of a commit we stored (the answer was lost): acknowledge it again, change nothing
      return new Committed(state.lastSequence(), outcome(state), outcome(attempt));
    }
    Instant now = clock.instant();
    ScormVersion version = ScormVersion.of(playable.standard());
    CommitEffects effects = CommitEffects.of(version, unit, state.cmi(), commit, state.totalSeconds());
    ScormStatements.Subject subject = subject(attempt, playable, unit);
    List<JsonObject> made = new ArrayList<>(effects.statements(subject));
    state.record(commit.sequence(), effects.data(), effects.after().completion(), effects.after().success(),
        effects.after().scoreScaled(), now);
    if (commit.terminated()) {
      state.closeSession(effects.sessionSeconds());
    }
    made.addAll(rollup(attempt, playable, subject, now));
    record(attempt, made);
    attempt.touched(now);
    return new Committed(commit.sequence(), effects.after(), outcome(attempt));
  }

  private void record(Attempt attempt, List<JsonObject> made) {
    if (!made.isEmpty() && !attempt.preview()) {
      statements.record(attempt.organisationId(), made);
    }
  }

  /** Rolls the units' outcomes up to the package and reports what changed about it. */
  private List<JsonObject> rollup(Attempt attempt, Playable playable, ScormStatements.Subject subject, Instant now) {
    em.flush();
    UnitOutcome before = outcome(attempt);
    UnitOutcome after = Rollup.of(playable.structure(), unitStates(attempt.id()));
    attempt.rolledUp(after.completion(), after.success(), after.scoreScaled(), now);
    List<JsonObject> made = CommitEffects.packageStatements(subject, before, after);
    if (!made.isEmpty() && !attempt.preview() && attempt.platformId() != null && attempt.resourceLinkId() != null) {
      grades.enqueue(GradePolicy.score(attempt, after, GradePolicy.expectsScore(playable.structure())));
    }
    return made;
  }

  private List<UnitState> unitStates(UUID attemptId) {
    return em.createQuery("select s from UnitState s where s.key.attemptId = :a", UnitState.class)
        .setParameter("a", attemptId).getResultList();
  }

  private Attempt attempt(AttemptTokens.AttemptGrant grant) {
    Attempt attempt = em.find(Attempt.class, grant.attemptId(), LockModeType.PESSIMISTIC_WRITE);
    // the token is ours, so a mismatch means a bug or a forged claim set; either way: refuse
    if (attempt == null || !attempt.organisationId().equals(grant.organisationId())
        || !attempt.learnerId().equals(grant.learnerId())) {
      throw new AttemptRejectedException("The attempt token names no attempt of this learner. Reopen the module.");
    }
    return attempt;
  }

  /** A unit's file on the content origin, or a cmi5 AU's absolute URL (cmi5 section 13.1.4, url). */
  static String launchUrl(ContentUrls contentUrls, Playable playable, PackageStructure.Unit unit) {
    if (unit.absoluteUrl() != null) {
      return unit.absoluteUrl();
    }
    String fragment = unit.launchFragment() == null || unit.launchFragment().isEmpty() ? "" : "#" + unit.launchFragment();
    return contentUrls.file(playable.contentKey(), unit.launchPath(), unit.launchQuery()) + fragment;
  }

  private ScormStatements.Subject subject(Attempt attempt, Playable playable, PackageStructure.Unit unit) {
    return new ScormStatements.Subject(toolUrls.base(), attempt.learnerId(), attempt.registration(),
        attempt.packageId(), playable.title("en"), unit.id(), unit.title());
  }

  private static UnitOutcome outcome(UnitState state) {
    return new UnitOutcome(state.completionStatus(), state.successStatus(), state.scoreScaled());
  }

  private static UnitOutcome outcome(Attempt attempt) {
    return new UnitOutcome(attempt.completionStatus(), attempt.successStatus(), attempt.scoreScaled());
  }
}
