package org.awarehouse.content.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.awarehouse.platform.control.StartupOrder;

/** At deployment, after the schema migration: prepares the content store and installs the catalogue. */
@ApplicationScoped
public class CatalogueStartup {
  private static final Logger LOG = Logger.getLogger(CatalogueStartup.class.getName());

  @Inject ContentStore store;
  @Inject CatalogueService catalogue;

  void start(@Observes @Priority(StartupOrder.INSTALL_CATALOGUE) @Initialized(ApplicationScoped.class) Object start) {
    store.prepare();
    int changed = catalogue.installBuiltIns();
    LOG.info(() -> "Catalogue: " + catalogue.installed().size() + " built-in module(s), " + changed + " installed now");
  }
}
