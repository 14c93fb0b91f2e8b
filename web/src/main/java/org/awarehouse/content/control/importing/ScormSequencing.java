package org.awarehouse.content.control.importing;

import static org.awarehouse.content.control.importing.ScormNamespaces.IMSSS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The few IMS Simple Sequencing values the player needs from SCORM 2004 manifests. An item's
 * {@code imsss:sequencing} may take its values from a shared definition in the manifest's
 * {@code imsss:sequencingCollection} through {@code IDRef}; the item's own elements win (SCORM 2004
 * CAM, sequencing collections).
 */
final class ScormSequencing {
  private final Map<String, Element> collection = new HashMap<>();

  ScormSequencing(Element manifest) {
    for (Element shared : Dom.children(manifest, IMSSS, "sequencingCollection")) {
      for (Element sequencing : Dom.children(shared, IMSSS, "sequencing")) {
        String id = Dom.attr(sequencing, "ID");
        if (id != null) {
          collection.putIfAbsent(id, sequencing);
        }
      }
    }
  }

  /**
   * The primary objective's {@code imsss:minNormalizedMeasure} when {@code satisfiedByMeasure} is
   * true; the LMS initialises {@code cmi.scaled_passing_score} from it (SCORM 2004 RTE). IMS SS
   * defaults the measure to 1.0 and bounds it to -1..1.
   */
  Double scaledPassingScore(Element item, String where, Findings findings) {
    for (Element sequencing : sequencings(item)) {
      Element objectives = Dom.child(sequencing, IMSSS, "objectives");
      Element primary = Dom.child(objectives, IMSSS, "primaryObjective");
      if (primary != null) {
        if (!Decimals.isTrue(Dom.attr(primary, "satisfiedByMeasure"))) {
          return null;
        }
        Double measure = Decimals.parse(Dom.childText(primary, IMSSS, "minNormalizedMeasure"), -1, 1, where,
            "imsss:minNormalizedMeasure", findings);
        return measure == null ? 1.0 : measure;
      }
    }
    return null;
  }

  /** {@code imsss:limitConditions/@attemptAbsoluteDurationLimit}, SCORM 2004's max time allowed. */
  String attemptAbsoluteDurationLimit(Element item) {
    for (Element sequencing : sequencings(item)) {
      String limit = Dom.attr(Dom.child(sequencing, IMSSS, "limitConditions"), "attemptAbsoluteDurationLimit");
      if (limit != null) {
        return limit;
      }
    }
    return null;
  }

  /** IMS SS controlMode of an organisation, with its defaults choice="true" and flow="false". */
  ControlMode controlMode(Element organization) {
    for (Element sequencing : sequencings(organization)) {
      Element mode = Dom.child(sequencing, IMSSS, "controlMode");
      if (mode != null) {
        return new ControlMode(Decimals.bool(Dom.attr(mode, "choice"), true), Decimals.bool(Dom.attr(mode, "flow"), false));
      }
    }
    return ControlMode.SCORM_2004_DEFAULT;
  }

  private List<Element> sequencings(Element owner) {
    List<Element> found = new ArrayList<>();
    Element own = Dom.child(owner, IMSSS, "sequencing");
    if (own != null) {
      found.add(own);
      String ref = Dom.attr(own, "IDRef");
      if (ref != null && collection.containsKey(ref)) {
        found.add(collection.get(ref));
      }
    }
    return found;
  }
}
