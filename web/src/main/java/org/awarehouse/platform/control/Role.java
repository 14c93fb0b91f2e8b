package org.awarehouse.platform.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API token may do. The names are the ones used in JSON and in {@code @RolesAllowed}. */
public enum Role {
  /** Runs the installation: creates organisations and issues their first tokens. */
  OPERATOR,
  /** Manages one organisation: its tokens, platforms and settings. */
  ADMIN,
  /** Uploads and publishes content packages. */
  AUTHOR,
  /** Reads reports and evidence. */
  REPORTER;

  public static final String OPERATOR_NAME = "operator";
  public static final String ADMIN_NAME = "admin";
  public static final String AUTHOR_NAME = "author";
  public static final String REPORTER_NAME = "reporter";

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromJsonName(String name) {
    return Arrays.stream(values()).filter(r -> r.jsonName().equals(name)).findFirst();
  }
}
