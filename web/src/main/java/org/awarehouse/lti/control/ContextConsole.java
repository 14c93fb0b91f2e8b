package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awarehouse.content.control.CatalogueService;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The course overview an instructor or administrator opens from a launch: which modules the
 * course links, and how many learners opened each. It never names anyone, and counts below the
 * minimum group size are withheld so that no single learner can be picked out.
 */
@ApplicationScoped
public class ContextConsole {

  @PersistenceContext EntityManager em;
  @Inject PageTokens pageTokens;
  @Inject CatalogueService catalogue;

  @Inject
  @ConfigProperty(name = "awarehouse.reports.min-group-size", defaultValue = "5")
  int minGroupSize;

  /**
   * One module of the course. {@code learners} is null when withheld (more than none, fewer than
   * the minimum group size), and so is {@code lastOpened} then and when no learner opened it; {@code module} is empty when the module left the catalogue.
   */
  public record ModuleActivity(String slug, Optional<ModuleSummary> module, Integer learners, Instant lastOpened) {}

  /** The course as its console shows it. {@code contextTitle} and {@code locale} are nullable. */
  public record Overview(String contextTitle, String locale, List<ModuleActivity> modules, int minGroupSize) {}

  @Transactional
  public Overview open(String pageToken) {
    PageTokens.LaunchPage page = pageTokens.read(pageToken);
    if (!page.staff()) {
      throw new StaffOnlyException("The course overview", "not-staff",
          "This launch was made in a learner role. Open the course overview from a launch as instructor or administrator.");
    }
    if (page.contextId() == null) {
      return new Overview(null, page.locale(), List.of(), minGroupSize);
    }
    List<Object[]> rows = em.createQuery("""
            select l.moduleSlug, count(distinct case when l.asLearner = true then l.learnerId end),
              max(case when l.asLearner = true then l.launchedAt end)
            from Launch l
            where l.organisationId = :org and l.platformId = :platform and l.contextId = :context
              and l.moduleSlug is not null
            group by l.moduleSlug
            order by l.moduleSlug""", Object[].class)
        .setParameter("org", page.organisationId())
        .setParameter("platform", page.platformId())
        .setParameter("context", page.contextId())
        .getResultList();
    List<ModuleActivity> modules = rows.stream().map(this::activity).toList();
    return new Overview(page.contextTitle(), page.locale(), modules, minGroupSize);
  }

  private ModuleActivity activity(Object[] row) {
    String slug = (String) row[0];
    int learners = ((Number) row[1]).intValue();
    boolean withheld = learners > 0 && learners < minGroupSize;
    return new ModuleActivity(slug, catalogue.summary(slug), withheld ? null : learners,
        withheld ? null : (Instant) row[2]);
  }
}
