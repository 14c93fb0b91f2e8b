package org.awarehouse.runtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.content.control.Playable;
import org.awarehouse.lti.control.GradeOutbox;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.Sha256;
import org.awarehouse.runtime.entity.Attempt;
import org.awarehouse.runtime.entity.Cmi5Satisfied;
import org.awarehouse.runtime.entity.UnitState;
import org.awarehouse.xapi.control.StatementService;

/**
 * What a cmi5 attempt's AU outcomes add up to, after a launch or an AU's statements: satisfied
 * statements for blocks and the course the learner newly met moveOn for (cmi5 section 9.3.9, once
 * per registration), and the attempt's rollup, which the player and grades read.
 */
@ApplicationScoped
public class Cmi5Progress {
  /** runtime_cmi5_satisfied.node_id's length; longer block ids are kept as their SHA-256. */
  static final int MAX_KEY = 255;

  @PersistenceContext EntityManager em;
  @Inject StatementService statements;
  @Inject ToolUrls toolUrls;
  @Inject GradeOutbox grades;

  /** Records what the attempt's outcomes now satisfy; {@code sessionId} is the session that led to it. */
  void update(Attempt attempt, Playable playable, PackageStructure.Unit unit, UUID sessionId, Instant now) {
    em.flush();
    Map<String, UnitOutcome> outcomes = new TreeMap<>();
    for (UnitState s : em.createQuery("select s from UnitState s where s.key.attemptId = :a", UnitState.class)
        .setParameter("a", attempt.id()).getResultList()) {
      outcomes.put(s.unitId(), new UnitOutcome(s.completionStatus(), s.successStatus(), s.scoreScaled()));
    }
    Set<String> said = new HashSet<>(em.createQuery(
            "select s.key.nodeId from Cmi5Satisfied s where s.key.attemptId = :a", String.class)
        .setParameter("a", attempt.id()).getResultList());
    ScormStatements.Subject subject = subject(attempt, playable, unit);
    List<JsonObject> made = new ArrayList<>();
    for (Cmi5MoveOn.Node node : Cmi5MoveOn.satisfiedNodes(playable.structure(), outcomes)) {
      String key = node.key().length() <= MAX_KEY ? node.key() : Sha256.hex(node.key());
      if (said.contains(key)) {
        continue;
      }
      em.persist(new Cmi5Satisfied(attempt.id(), key, now));
      made.add(node.blockId() == null
          ? Cmi5Statements.satisfied(subject, sessionId, subject.packageActivity(), Cmi5Statements.COURSE,
              playable.title("en"))
          : Cmi5Statements.satisfied(subject, sessionId, Cmi5Statements.blockActivity(subject, node.blockId()),
              Cmi5Statements.BLOCK, node.title()));
    }
    UnitOutcome before = new UnitOutcome(attempt.completionStatus(), attempt.successStatus(), attempt.scoreScaled());
    UnitOutcome rolled = Cmi5MoveOn.rollup(playable.structure(), outcomes);
    attempt.rolledUp(rolled.completion(), rolled.success(), rolled.scoreScaled(), now);
    record(attempt, made);
    if (!rolled.equals(before) && !attempt.preview() && attempt.platformId() != null
        && attempt.resourceLinkId() != null) {
      grades.enqueue(GradePolicy.score(attempt, rolled, GradePolicy.expectsScore(playable.structure())));
    }
  }

  /** Statements of a preview stay out of the store, as the SCORM runtime keeps them out. */
  void record(Attempt attempt, List<JsonObject> made) {
    if (!made.isEmpty() && !attempt.preview()) {
      statements.record(attempt.organisationId(), made);
    }
  }

  ScormStatements.Subject subject(Attempt attempt, Playable playable, PackageStructure.Unit unit) {
    return new ScormStatements.Subject(toolUrls.base(), attempt.learnerId(), attempt.registration(),
        attempt.packageId(), playable.title("en"), unit.id(), unit.title());
  }
}
