package org.awarehouse.platform.control;

/**
 * Priorities of the observers of {@code @Initialized(ApplicationScoped.class)}, lowest first. The
 * schema must exist before anything reads or writes; the banner comes last.
 */
public final class StartupOrder {
  public static final int MIGRATE_SCHEMA = 0;
  public static final int INSTALL_CATALOGUE = 100;
  public static final int PREPARE_TOOL_KEYS = 150;
  public static final int BOOTSTRAP_OPERATOR = 200;
  public static final int ANNOUNCE = 1000;

  private StartupOrder() {}
}
