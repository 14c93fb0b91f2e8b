package org.awarehouse.lti.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.platform.control.OrganisationService;
import org.awarehouse.platform.control.StartupOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Syncs course rosters from Names and Role Provisioning Services 2.0: on a staff launch, on an
 * admin's request, and every {@code awarehouse.lti.roster-sync-hours}. A sync reads every page
 * (§2.4 paging by {@code Link: rel="next"}, never a page twice, at most {@link
 * MembershipPages#MAX_PAGES}) before it changes anything, so a failed sync leaves the last roster.
 */
@ApplicationScoped
public class RosterSync {
  private static final Logger LOG = Logger.getLogger(RosterSync.class.getName());
  static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  static final String LEARNER_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Rosters rosters;
  @Inject PlatformService platforms;
  @Inject ServiceTokens tokens;
  @Inject OrganisationService organisations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "awarehouse.lti.roster-sync-hours", defaultValue = "12")
  long syncHours;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(StartupOrder.ANNOUNCE - 1) @Initialized(ApplicationScoped.class) Object start) {
    task = scheduler.scheduleWithFixedDelay(this::run, 2, 2, TimeUnit.SECONDS);
  }

  void run() {
    try {
      for (Rosters.Due roster : rosters.due(clock.instant().minus(Duration.ofHours(syncHours)), 10)) {
        sync(roster);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Roster sync failed; retrying shortly", e);
    }
  }

  void sync(Rosters.Due roster) {
    Optional<Platform> platform = platforms.byId(roster.platformId()).filter(Platform::active);
    if (platform.isEmpty()) {
      rosters.failed(roster, "The platform is no longer registered or active.");
      return;
    }
    try {
      Map<String, Rosters.RosterMember> members = fetch(platform.get(), roster);
      rosters.synced(roster, members);
    } catch (RosterSyncException | ServiceTokens.TokenRefusedException | JsonException | ClassCastException
        | NullPointerException | IllegalArgumentException e) {
      rosters.failed(roster, e.getMessage());
    } catch (IOException e) {
      rosters.failed(roster, "The platform could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Map<String, Rosters.RosterMember> fetch(Platform platform, Rosters.Due roster)
      throws IOException, InterruptedException {
    byte[] secret = organisations.learnerSecret(roster.organisationId());
    Map<String, Rosters.RosterMember> members = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    // NRPS 2.0 §2.3.1: a role filter; participation counts learners, so ask for them only (a
    // platform that ignores the filter sends everyone, and the roles say who is a learner)
    String page = AgsClient.withQuery(roster.membershipsUrl(), "role="
        + java.net.URLEncoder.encode(LEARNER_ROLE, java.nio.charset.StandardCharsets.UTF_8));
    while (page != null) {
      if (!seen.add(page)) {
        throw new RosterSyncException("The platform's pages lead back to a page already read: " + page);
      }
      if (seen.size() > MembershipPages.MAX_PAGES) {
        throw new RosterSyncException("The roster has more than " + MembershipPages.MAX_PAGES + " pages.");
      }
      ServiceCalls.Answer answer = get(platform, page);
      if (answer.status() != 200) {
        throw new RosterSyncException("The platform answered " + answer.status() + ": "
            + ServiceTokens.snippet(answer.body()));
      }
      for (MembershipPages.Member m : MembershipPages.members(answer.body())) {
        members.put(Pseudonyms.learnerId(secret, platform.issuer(), m.userId()), new Rosters.RosterMember(
            Rosters.normalisedRoles(m.roles()), LtiRoles.normalise(m.roles()).contains(LtiRole.LEARNER),
            m.status()));
      }
      page = MembershipPages.next(answer.headers().allValues("Link")).orElse(null);
    }
    return members;
  }

  private ServiceCalls.Answer get(Platform platform, String url) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Accept", MembershipPages.CONTAINER).GET();
    ServiceCalls.Answer answer = ServiceCalls.send(request.copy()
        .header("Authorization", "Bearer " + tokens.token(platform, List.of(SCOPE))).build());
    if (answer.status() == 401) {
      tokens.forget(platform, List.of(SCOPE));
      answer = ServiceCalls.send(request.header("Authorization", "Bearer " + tokens.token(platform, List.of(SCOPE)))
          .build());
    }
    return answer;
  }

  /** A sync that cannot finish: the platform's answer or a paging loop. */
  static class RosterSyncException extends RuntimeException {
    RosterSyncException(String message) {
      super(message);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
