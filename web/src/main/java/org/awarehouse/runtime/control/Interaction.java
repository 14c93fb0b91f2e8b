package org.awarehouse.runtime.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One interaction of a unit's data model, as the statement that reports it needs it: xAPI's
 * response format (SCORM 2004's delimiters; SCORM 1.2's commas and dots translated) and
 * correctness from the result.
 */
public record Interaction(int index, String id, String type, String response, Boolean correct,
    List<String> correctPatterns, String description) {
  private static final Pattern INDEX = Pattern.compile("^cmi\\.interactions\\.(\\d+)\\.");
  private static final Set<String> TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in", "matching",
      "performance", "sequencing", "likert", "numeric", "other");

  /** The interactions whose response or result this commit changed, in index order. */
  public static List<Interaction> answeredIn(ScormVersion version, Map<String, String> cmi, Set<String> changed) {
    String responseField = version == ScormVersion.V1_2 ? "student_response" : "learner_response";
    TreeSet<Integer> indices = new TreeSet<>();
    for (String key : changed) {
      Matcher m = INDEX.matcher(key);
      if (m.find() && (key.endsWith("." + responseField) || key.endsWith(".result"))) {
        indices.add(Integer.parseInt(m.group(1)));
      }
    }
    List<Interaction> answered = new ArrayList<>();
    for (int n : indices) {
      String prefix = "cmi.interactions." + n + ".";
      String id = cmi.get(prefix + "id");
      if (id == null || id.isBlank()) {
        continue; // the adapter refuses data without an id; a statement needs one
      }
      String type = TYPES.contains(cmi.get(prefix + "type")) ? cmi.get(prefix + "type") : "other";
      String response = cmi.get(prefix + responseField);
      List<String> patterns = new ArrayList<>();
      for (int k = 0; cmi.containsKey(prefix + "correct_responses." + k + ".pattern"); k++) {
        patterns.add(xapiResponse(version, type, cmi.get(prefix + "correct_responses." + k + ".pattern")));
      }
      answered.add(new Interaction(n, id, type, response == null ? null : xapiResponse(version, type, response),
          correctness(cmi.get(prefix + "result")), patterns, cmi.get(prefix + "description")));
    }
    return answered;
  }

  /** correct is true; incorrect (2004) and wrong (1.2) are false; neutral, unanticipated and numbers say nothing. */
  private static Boolean correctness(String result) {
    if ("correct".equals(result)) {
      return true;
    }
    return "incorrect".equals(result) || "wrong".equals(result) ? false : null;
  }

  /**
   * SCORM 2004 responses already use xAPI's delimiters ([,] and [.]). SCORM 1.2 separates choices
   * and sequence steps with commas and matching pairs with dots (RTE 3.4.4, interactions).
   */
  private static String xapiResponse(ScormVersion version, String type, String value) {
    if (version == ScormVersion.V2004) {
      return value;
    }
    return switch (type) {
      case "choice", "sequencing" -> String.join("[,]", value.split(",", -1));
      case "matching" -> String.join("[,]", List.of(value.split(",", -1)).stream()
          .map(pair -> String.join("[.]", pair.split("\\.", -1))).toList());
      default -> value;
    };
  }
}
