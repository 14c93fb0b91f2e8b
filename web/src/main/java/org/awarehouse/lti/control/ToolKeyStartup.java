package org.awarehouse.lti.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.awarehouse.platform.control.StartupOrder;

/** At deployment, after the schema: the tool has a current and a next signing key. */
@ApplicationScoped
public class ToolKeyStartup {

  @Inject ToolKeyService keys;

  void start(@Observes @Priority(StartupOrder.PREPARE_TOOL_KEYS) @Initialized(ApplicationScoped.class) Object start) {
    keys.ensureKeys();
  }
}
