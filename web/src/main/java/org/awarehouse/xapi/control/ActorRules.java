package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.array;
import static org.awarehouse.xapi.control.JsonShape.index;
import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.mustHave;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.objectType;
import static org.awarehouse.xapi.control.JsonShape.onlyKnown;
import static org.awarehouse.xapi.control.JsonShape.optional;
import static org.awarehouse.xapi.control.JsonShape.path;
import static org.awarehouse.xapi.control.JsonShape.whenPresent;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** Agents and Groups, wherever a statement names one (xAPI 1.0.3 Data §2.4.2, §2.4.9). */
final class ActorRules {
  private static final Set<String> AGENT =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
  private static final Set<String> GROUP =
      Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
  private static final Set<String> ACCOUNT = Set.of("homePage", "name");
  private static final String IFI_NAMES = "mbox, mbox_sha1sum, openid or account";

  /** An Actor is an Agent or a Group; an absent objectType means Agent (§2.4.2.1.s2.table1). */
  void actor(JsonValue value, String path) {
    JsonObject actor = object(value, path);
    String type = objectType(actor, path);
    if (type == null || type.equals("Agent")) {
      agent(actor, path);
    } else if (type.equals("Group")) {
      group(actor, path);
    } else {
      throw invalid(path(path, "objectType"), "must be \"Agent\" or \"Group\"");
    }
  }

  /** An Agent or a Group that an IFI identifies, as an agent parameter must be. */
  void identifiedActor(JsonValue value, String path) {
    actor(value, path);
    if (ifiCount(value.asJsonObject(), path) == 0) {
      throw invalid(path, "must be identified by " + IFI_NAMES);
    }
  }

  /** §2.4.2.1.s2.b1 and b2: an Agent has exactly one Inverse Functional Identifier. */
  void agent(JsonObject agent, String path) {
    onlyKnown(agent, path, AGENT, "an Agent");
    name(agent, path);
    int ifis = ifiCount(agent, path);
    if (ifis != 1) {
      throw invalid(path, exactlyOneIfi(ifis));
    }
  }

  /**
   * §2.4.2.2: an Anonymous Group has members and no IFI (s4.b1); an Identified Group has exactly
   * one IFI (s5.b1). Neither contains Groups (s4.b2, s5.b2).
   */
  void group(JsonObject group, String path) {
    onlyKnown(group, path, GROUP, "a Group");
    name(group, path);
    int ifis = ifiCount(group, path);
    JsonValue member = optional(group, "member", path);
    if (ifis == 0 && member == null) {
      throw invalid(
          path(path, "member"), "is required for an Anonymous Group (one without an IFI)");
    }
    if (ifis > 1) {
      throw invalid(path, exactlyOneIfi(ifis));
    }
    if (member != null) {
      members(member, path(path, "member"), ifis == 0);
    }
  }

  /** context.team and contextGroups[].group: Groups, with objectType as §2.4.2.2 requires it. */
  void namedGroup(JsonValue value, String path) {
    JsonObject group = object(value, path);
    if (!"Group".equals(objectType(group, path))) {
      throw invalid(path(path, "objectType"), "must be \"Group\"");
    }
    group(group, path);
  }

  /**
   * §2.4.9.s3.b1: the authority is an Agent, or in 3-legged OAuth a Group of two Agents, the
   * application and the user. The conformance suite rejects identified Groups as authority.
   */
  void authority(JsonValue value, String path) {
    actor(value, path);
    JsonObject authority = value.asJsonObject();
    if (!"Group".equals(objectType(authority, path))) {
      return;
    }
    if (ifiCount(authority, path) > 0) {
      throw invalid(path, "a Group as authority must be anonymous: the OAuth consumer and user");
    }
    if (authority.getJsonArray("member").size() != 2) {
      throw invalid(path(path, "member"), "a Group as authority has exactly two Agents");
    }
  }

  private void members(JsonValue value, String path, boolean anonymous) {
    JsonArray members = array(value, path);
    if (anonymous && members.isEmpty()) {
      throw invalid(path, "an Anonymous Group lists at least one Agent");
    }
    for (int i = 0; i < members.size(); i++) {
      individual(members.get(i), index(path, i));
    }
  }

  /** Where only an Agent fits: Group members (§2.4.2.2.s4.b2, s5.b2) and contextAgents. */
  void individual(JsonValue value, String path) {
    JsonObject agent = object(value, path);
    String type = objectType(agent, path);
    if (type != null && !type.equals("Agent")) {
      throw invalid(path(path, "objectType"), "must be \"Agent\" here");
    }
    agent(agent, path);
  }

  private static void name(JsonObject actor, String path) {
    whenPresent(actor, "name", path, JsonShape::string);
  }

  /** Validates each IFI present (§2.4.2.3.s3.table1) and counts them. */
  private static int ifiCount(JsonObject actor, String path) {
    int count = 0;
    count += whenPresent(actor, "mbox", path, XapiValues::mbox) ? 1 : 0;
    count += whenPresent(actor, "mbox_sha1sum", path, XapiValues::sha1) ? 1 : 0;
    count += whenPresent(actor, "openid", path, XapiValues::iri) ? 1 : 0;
    count += whenPresent(actor, "account", path, ActorRules::account) ? 1 : 0;
    return count;
  }

  /** §2.4.2.4.s2.table1: homePage (an IRL) and name (a string), both required. */
  private static void account(JsonValue value, String path) {
    JsonObject account = object(value, path);
    onlyKnown(account, path, ACCOUNT, "an Account");
    mustHave(account, "homePage", path, XapiValues::iri); // an IRL
    mustHave(account, "name", path, JsonShape::string);
  }

  private static String exactlyOneIfi(int found) {
    return found == 0
        ? "must be identified by " + IFI_NAMES
        : "must have exactly one of " + IFI_NAMES + ", not " + found;
  }
}
