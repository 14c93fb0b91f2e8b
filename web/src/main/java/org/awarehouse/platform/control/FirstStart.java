package org.awarehouse.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.awarehouse.platform.entity.Organisation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure an operator can get in. With AWAREHOUSE_BOOTSTRAP_TOKEN set, that value is the
 * operator token. Without it, the first start makes a token and shows it once on the console,
 * bypassing the server log, so that the secret never lands in a log file.
 */
@ApplicationScoped
public class FirstStart {
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Inject TokenService tokens;
  @Inject OrganisationService organisations;

  @Inject
  @ConfigProperty(name = "awarehouse.bootstrap-token")
  Optional<String> configuredToken;

  void bootstrap(@Observes @Priority(StartupOrder.BOOTSTRAP_OPERATOR) @Initialized(ApplicationScoped.class) Object start) {
    Organisation home = organisations.bySlug(Organisation.DEFAULT_SLUG);
    Optional<String> configured = configuredToken.map(String::strip).filter(s -> !s.isEmpty());
    if (configured.isPresent()) {
      if (configured.get().length() < 32) {
        throw new IllegalStateException("AWAREHOUSE_BOOTSTRAP_TOKEN must have at least 32 characters");
      }
      if (tokens.installBootstrapToken(home.id(), configured.get())) {
        LOG.info("Operator token taken from AWAREHOUSE_BOOTSTRAP_TOKEN; any earlier bootstrap token is revoked");
      }
    } else if (!tokens.hasBootstrapToken()) {
      String secret = TokenSecrets.newSecret();
      tokens.installBootstrapToken(home.id(), secret);
      showOnConsoleOnly(secret);
      LOG.info("Generated the operator token and showed it once on the console (not in this log)");
    }
  }

  @SuppressWarnings("resource") // standard output must stay open
  private static void showOnConsoleOnly(String secret) {
    PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    console.println();
    console.println("  Operator API token (shown once; store it now, or set AWAREHOUSE_BOOTSTRAP_TOKEN):");
    console.println("    " + secret);
    console.println("  Try: curl -H 'Authorization: Bearer " + secret + "' http://localhost:8080/api/catalogue");
    console.println();
  }
}
