package org.awarehouse.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.awarehouse.content.control.importing.PackageRejectedException;
import org.awarehouse.content.entity.CatalogueModule;
import org.awarehouse.content.entity.PackageVersion;

/**
 * The global catalogue: installs the built-in packages that the content-packages build put on the
 * class path, and lists what is installed.
 */
@ApplicationScoped
public class CatalogueService {
  private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());
  static final String INDEX = "catalogue/index.txt";

  /** How old this node's copy of the catalogue summaries may get. */
  static final Duration SUMMARY_COPY_TTL = Duration.ofSeconds(30);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PackageUploads uploads;
  @Inject Packages packages;
  private volatile SummaryCopy summaryCopy;

  /** Modules that are installed and not retired, by slug. */
  @Transactional
  public List<CatalogueModule> installed() {
    return em.createQuery("select m from CatalogueModule m where m.retiredAt is null order by m.slug",
            CatalogueModule.class)
        .getResultList();
  }

  /**
   * Titles of an installed module, by language, for pages that name it, and the package that plays
   * it ({@code packageId}).
   */
  public record ModuleSummary(
      String slug, String version, Map<String, String> titles, Map<String, String> descriptions,
      int durationMinutes, List<String> audience, List<String> languages, UUID packageId) {

    static ModuleSummary of(CatalogueModule m) {
      return new ModuleSummary(m.slug(), m.version(), m.titles(), m.descriptions(), m.durationMinutes(), m.audience(),
          m.languages(), m.packageId());
    }

    /** The title in {@code language}, else in English, else in any language the module has. */
    public String title(String language) {
      return titles.getOrDefault(language, titles.getOrDefault("en", titles.values().iterator().next()));
    }

    public String description(String language) {
      return descriptions.getOrDefault(language, descriptions.getOrDefault("en", descriptions.values().iterator().next()));
    }
  }

  /** Summaries of the installed modules, from this node's copy (see {@link #summary}). */
  public List<ModuleSummary> installedSummaries() {
    return List.copyOf(summaries().values());
  }

  /**
   * The summary of an installed module. Pages ask for it on every launch, so each node keeps a
   * copy of the catalogue for at most {@link #SUMMARY_COPY_TTL}; an installation on this node
   * drops the copy at once, one on another node shows within that time.
   */
  public Optional<ModuleSummary> summary(String slug) {
    return slug == null ? Optional.empty() : Optional.ofNullable(summaries().get(slug));
  }

  private Map<String, ModuleSummary> summaries() {
    SummaryCopy current = summaryCopy;
    Instant now = clock.instant();
    if (current == null || current.takenAt().plus(SUMMARY_COPY_TTL).isBefore(now)) {
      Map<String, ModuleSummary> bySlug = new LinkedHashMap<>();
      installed().forEach(m -> bySlug.put(m.slug(), ModuleSummary.of(m)));
      current = new SummaryCopy(Collections.unmodifiableMap(bySlug), now);
      summaryCopy = current;
    }
    return current.bySlug();
  }

  private record SummaryCopy(Map<String, ModuleSummary> bySlug, Instant takenAt) {}

  /**
   * Brings the catalogue table in line with the packages of this build: new or changed packages
   * are (re)installed, packages that left the build are retired. Nodes that start together take
   * turns through a database lock, so each package is installed once.
   */
  @Transactional
  public int installBuiltIns() {
    List<BuiltInPackage> packages = builtInPackages();
    em.createNativeQuery("select get_lock('awarehouse.catalogue-install', 60)").getSingleResult();
    try {
      Instant now = clock.instant();
      int changed = 0;
      for (BuiltInPackage pkg : packages) {
        changed += install(pkg, now) ? 1 : 0;
      }
      Set<String> present = packages.stream().map(BuiltInPackage::slug).collect(Collectors.toSet());
      for (CatalogueModule module : installed()) {
        if (!present.contains(module.slug())) {
          module.retire(now);
          LOG.info(() -> "Retired built-in module " + module.slug() + ": it is no longer in this build");
        }
      }
      em.flush();
      summaryCopy = null;
      return changed;
    } finally {
      em.createNativeQuery("select release_lock('awarehouse.catalogue-install')").getSingleResult();
    }
  }

  /**
   * Installs a new or changed package as the next published version of the module's built-in
   * package, through the importer that authors' uploads go through. A package the importer
   * rejects is left out, and the module keeps the version it had.
   */
  private boolean install(BuiltInPackage pkg, Instant now) {
    String sha256 = pkg.sha256();
    CatalogueModule module = em.find(CatalogueModule.class, pkg.slug());
    if (module != null && sha256.equals(module.packageSha256()) && module.retiredAt() == null
        && module.packageId() != null) {
      return false;
    }
    CourseDescriptor course = pkg.describe();
    PackageVersion version;
    try {
      version = uploads.upload(null, module == null ? null : module.packageId(), new ByteArrayInputStream(pkg.zip()));
    } catch (PackageRejectedException e) {
      LOG.severe(() -> "The built-in module " + pkg.slug() + " was not installed; the importer found: " + e.getMessage());
      return false;
    }
    packages.publish(null, version.packageId(), version.number());
    if (module == null) {
      module = new CatalogueModule(pkg.slug());
      module.install(course, "cmi5", sha256, version.packageId(), now);
      em.persist(module);
    } else {
      module.install(course, "cmi5", sha256, version.packageId(), now);
    }
    LOG.info("Installed built-in module " + pkg.slug() + " version " + course.version() + " as package version "
        + version.number());
    return true;
  }

  /** The packages of this build, as listed in catalogue/index.txt on the class path. */
  public static List<BuiltInPackage> builtInPackages() {
    ClassLoader loader = CatalogueService.class.getClassLoader();
    List<BuiltInPackage> packages = new ArrayList<>();
    try (InputStream index = loader.getResourceAsStream(INDEX)) {
      if (index == null) {
        throw new IllegalStateException(INDEX + " is missing: the content-packages artifact is not on the class path");
      }
      for (String line : new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines().toList()) {
        String file = line.strip();
        if (file.isEmpty()) {
          continue;
        }
        try (InputStream zip = loader.getResourceAsStream("catalogue/" + file)) {
          if (zip == null) {
            throw new IllegalStateException("catalogue/" + file + " is listed in " + INDEX + " but missing");
          }
          packages.add(new BuiltInPackage(file.replaceFirst("\\.zip$", ""), zip.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built-in catalogue", e);
    }
    return packages;
  }
}
