package org.awarehouse.xapi.control;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the LRS needs from the player that launches content with per-session credentials (cmi5
 * section 8.2): to authenticate a session's auth-token, and to pass the session's statements
 * through the rules the launcher enforces (cmi5 section 9.3) in the transaction that stores them.
 * The LRS knows nothing of attempts; the runtime implements this.
 */
public interface LaunchSessions {
  /** The key half of every session auth-token; LRS key credentials start with "awx_". */
  String KEY_PREFIX = "cmi5_";

  /** The session's caller, unless the token is unknown, wrong, expired or its session abandoned. */
  Optional<XapiCredentials.Authenticated> authenticate(String key, String secret);

  /**
   * Checks the statements against the session's rules, stores them with {@code storer} and records
   * what follows from them; all or nothing.
   */
  List<UUID> store(XapiCredentials.SessionScope session, List<JsonObject> statements,
      Function<List<JsonObject>, List<UUID>> storer);
}
