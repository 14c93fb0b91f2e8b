package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.awarehouse.content.control.CatalogueService;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.awarehouse.runtime.control.Attempts;
import org.awarehouse.runtime.control.NothingToPlayException;

/**
 * Staff launching a built-in module land on its page, not in it. From there they may try it: the
 * player, as a learner gets it, in a preview attempt of their own that makes no statements, so it
 * counts in no report, progress or gradebook.
 */
@ApplicationScoped
public class TryOuts {

  @Inject PageTokens pageTokens;
  @Inject CatalogueService catalogue;
  @Inject Attempts attempts;

  /** The launch behind the page token, and its module started in a preview. */
  public record TryOut(PageTokens.LaunchPage launch, Attempts.Started started) {}

  public TryOut open(String pageToken) {
    PageTokens.LaunchPage launch = pageTokens.read(pageToken);
    if (!launch.staff()) {
      throw new StaffOnlyException("Trying a module", "not-staff",
          "This launch was made in a learner role, and learners play the module itself. Start again from the course.");
    }
    UUID packageId = catalogue.summary(launch.moduleSlug()).map(ModuleSummary::packageId)
        .orElseThrow(() -> NothingToPlayException.module(launch.moduleSlug()));
    Attempts.Started started = attempts.tryOut(new Attempts.Launcher(launch.organisationId(), launch.learnerId(),
        launch.platformId(), launch.contextId(), launch.resourceLinkId(), launch.locale()), packageId);
    return new TryOut(launch, started);
  }
}
