package org.awarehouse.lti.control;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reduces the role values of a launch to {@link LtiRole}s. Platforms send the LTI 1.3 URIs (LTI Core
 * 1.3 Appendix A.2), the simple names A.2.3 still allows for context roles, and the LTI 1.1 URNs;
 * all three forms of the same role give the same value.
 *
 * <p>Only context roles say what someone may do in the course being launched from. Institution and
 * system roles are taken only for administrators: an institution's "Instructor" or "Student" may
 * be anything in this particular course, so they become {@link LtiRole#OTHER}.
 */
public final class LtiRoles {
  private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
  private static final String CONTEXT_ROLE = LIS + "membership#";
  private static final String CONTEXT_SUB_ROLE = LIS + "membership/";
  private static final String LTI11_CONTEXT_ROLE = "urn:lti:role:ims/lis/";
  // A.2.1 and A.2.2, including the deprecated prefix without "system" or "institution"
  private static final List<String> PERSON_ROLES =
      List.of(
          LIS + "institution/person#",
          LIS + "system/person#",
          LIS + "person#",
          "urn:lti:instrole:ims/lis/",
          "urn:lti:sysrole:ims/lis/");

  // A.2.3 core context roles, by the simple name that ends their URI
  private static final Map<String, LtiRole> CONTEXT_ROLES =
      Map.of(
          "Administrator", LtiRole.ADMINISTRATOR,
          "ContentDeveloper", LtiRole.CONTENT_DEVELOPER,
          "Instructor", LtiRole.INSTRUCTOR,
          "Learner", LtiRole.LEARNER,
          "Mentor", LtiRole.MENTOR,
          // an LTI 1.1 context role that Moodle and Canvas still send as a simple name
          "TeachingAssistant", LtiRole.TEACHING_ASSISTANT);

  private LtiRoles() {}

  /** The roles of a launch; an empty list gives an empty set, unknown values give OTHER. */
  public static Set<LtiRole> normalise(Collection<String> roles) {
    EnumSet<LtiRole> result = EnumSet.noneOf(LtiRole.class);
    for (String role : roles) {
      result.add(of(role));
    }
    return Collections.unmodifiableSet(result);
  }

  /** One role value in any of the three forms. Role URIs are case-sensitive, and so is this. */
  public static LtiRole of(String role) {
    String value = role.strip();
    if (value.startsWith(CONTEXT_ROLE)) {
      return contextRole(value.substring(CONTEXT_ROLE.length()));
    }
    if (value.startsWith(CONTEXT_SUB_ROLE)) {
      return subRole(value.substring(CONTEXT_SUB_ROLE.length()), '#');
    }
    if (value.startsWith(LTI11_CONTEXT_ROLE)) {
      return subRole(value.substring(LTI11_CONTEXT_ROLE.length()), '/');
    }
    for (String prefix : PERSON_ROLES) {
      if (value.startsWith(prefix)) {
        return personRole(value.substring(prefix.length()));
      }
    }
    return contextRole(value);
  }

  private static LtiRole contextRole(String name) {
    return CONTEXT_ROLES.getOrDefault(name, LtiRole.OTHER);
  }

  /**
   * A.2.3.1: {@code Instructor#TeachingAssistant} in LTI 1.3, {@code Instructor/TeachingAssistant}
   * in LTI 1.1. A sub-role counts as its principal role, so {@code Learner#Instructor} is a learner;
   * only the teaching-assistant sub-roles of Instructor are told apart.
   */
  private static LtiRole subRole(String role, char separator) {
    int at = role.indexOf(separator);
    String principal = at < 0 ? role : role.substring(0, at);
    String sub = at < 0 ? "" : role.substring(at + 1);
    if (principal.equals("Instructor") && sub.startsWith("TeachingAssistant")) {
      return LtiRole.TEACHING_ASSISTANT;
    }
    return contextRole(principal);
  }

  private static LtiRole personRole(String name) {
    return name.equals("Administrator") || name.equals("SysAdmin")
        ? LtiRole.ADMINISTRATOR
        : LtiRole.OTHER;
  }
}
