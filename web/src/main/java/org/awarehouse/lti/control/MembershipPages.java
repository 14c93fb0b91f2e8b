package org.awarehouse.lti.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading NRPS 2.0 membership containers (§2.2): the members of a page and the next page from
 * its {@code Link} header. Pure, so the parsing rules and the loop guard are unit-tested.
 */
final class MembershipPages {
  static final String CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  /** A course of 100,000 members at the usual page sizes stays far below this. */
  static final int MAX_PAGES = 1000;
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  /** One member as the platform lists it; status Active unless it says otherwise (§2.3). */
  record Member(String userId, List<String> roles, String status) {}

  private MembershipPages() {}

  static List<Member> members(String body) {
    JsonObject container = JSON.createReader(new StringReader(body)).readObject();
    List<Member> members = new ArrayList<>();
    for (JsonValue value : container.getJsonArray("members")) {
      JsonObject m = value.asJsonObject();
      String userId = m.getString("user_id", null);
      if (userId == null || userId.isBlank()) {
        continue; // a member without an id cannot be matched to any launch
      }
      List<String> roles = m.containsKey("roles")
          ? m.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString).toList()
          : List.of();
      members.add(new Member(userId, roles, m.getString("status", "Active")));
    }
    return members;
  }

  /** RFC 8288: the target of the {@code rel="next"} link, if any. */
  static Optional<String> next(List<String> linkHeaders) {
    for (String header : linkHeaders) {
      for (String link : header.split(",(?=\\s*<)")) {
        Matcher m = NEXT.matcher(link);
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
